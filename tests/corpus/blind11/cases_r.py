# Replies to quote offers for round11.  Each dict: id, lang, firm, frm, subject, date, new, sig, fmt,
# quote (the firm's offer), decision, note.  Machine mail may use `special` to build its own MIME.
import mailkit as mk
from gen import reply_q, outlook_q

R = []


def add(**kw):
    kw.setdefault("sig", "")
    R.append(kw)


def sigfirm(firm):
    f = mk.FIRMS[firm]
    return "%s\n%s" % (f["person"], f["name"])


# ---------------------------------------------------------------- machine-mail builders

def bounce(c):
    firm = mk.FIRMS[c["firm"]]
    host = "mx1." + firm["domain"]
    d = mk.dt(c["date"][0])
    rcpt = c["bounced_rcpt"]
    orig_id = mk.msgid(c["id"] + "offer", firm["domain"])
    orig_d = mk.dt(c["offer_date"])
    notice = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could "
              "not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, "
              "please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\n"
              "delete your own text from the attached returned message.\n\n                   The mail "
              "system\n\n<%s>: host mail.%s[203.0.113.25] said: 550 5.1.1\n    <%s>: Recipient address "
              "rejected: User unknown in virtual\n    mailbox table (in reply to RCPT TO command)\n"
              % (host, rcpt, rcpt.split("@")[1], rcpt))
    status = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: 4WkQ7D2Zx1z9sTN\nX-Postfix-Sender: rfc822; %s\n"
              "Arrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\n"
              "Status: 5.1.1\nRemote-MTA: dns; mail.%s\nDiagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient "
              "address rejected: User unknown in virtual mailbox table\n"
              % (host, firm["addr"], mk.rfc_date(orig_d, "+0100"), rcpt, rcpt, rcpt.split("@")[1], rcpt))
    orig = ("From: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\n"
            % (firm["person"], firm["addr"], rcpt, c["orig_subject"], mk.rfc_date(orig_d, "+0100"), orig_id))
    parts = [
        (['Content-Description: Notification', 'Content-Type: text/plain; charset=us-ascii'], notice),
        (['Content-Description: Delivery report', 'Content-Type: message/delivery-status'], status),
        (['Content-Description: Undelivered Message Headers', 'Content-Type: text/rfc822-headers'], orig),
    ]
    body = mk.multipart("report", parts, "4WkQ7D2Zx1z9sTN.1723450000/" + host,
                        extra_ct=";\n report-type=delivery-status")
    headers = [("Return-Path", "<>"),
               ("From", "MAILER-DAEMON@%s (Mail Delivery System)" % host),
               ("To", "%s <%s>" % (firm["person"], firm["addr"])),
               ("Subject", "Undelivered Mail Returned to Sender"),
               ("Date", mk.rfc_date(d, c["date"][1])),
               ("Message-ID", mk.msgid(c["id"] + "bounce", host)),
               ("Auto-Submitted", "auto-replied")]
    return mk.assemble(headers, body)


def mdn(c):
    firm = mk.FIRMS[c["firm"]]
    name, addr = c["frm"]
    d = mk.dt(c["date"][0])
    orig_d = mk.dt(c["offer_date"])
    orig_id = mk.msgid(c["id"] + "offer", firm["domain"])
    text = ("Your message\n\n    To: %s\n    Subject: %s\n    Sent: %s\n\nwas read on %s.\n"
            % (name, c["orig_subject"], mk.outlook_date("en", orig_d), mk.outlook_date("en", d)))
    disp = ("Reporting-UA: %s; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\n" % (addr.split("@")[1], addr, orig_id))
    parts = [mk.leaf("plain", text, "us-ascii", "7bit"),
             (["Content-Type: message/disposition-notification"], disp)]
    body = mk.multipart("report", parts, "----=_NextPart_MDN_" + mk.msgid(c["id"], "x")[1:13],
                        extra_ct=";\n report-type=disposition-notification")
    headers = [("From", mk.enc_addr(name, addr)), ("To", firm["mailbox"]),
               ("Subject", "Read: " + c["orig_subject"]), ("Date", mk.rfc_date(d, c["date"][1])),
               ("Message-ID", mk.msgid(c["id"] + "mdn", addr.split("@")[1])),
               ("In-Reply-To", orig_id), ("References", orig_id)]
    return mk.assemble(headers, body)


OOO_HDRS = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]

# ====================================================================== ENGLISH
add(id="r001", lang="en", firm="TAX", frm=("Owen Prichard", "owen.prichard@slatebay-joinery.co.uk"),
    subject="Re: HMRC late filing penalty", date=("2024-07-10 07:02", "+0100"), fmt="plain",
    new="Yes, please go ahead. Thanks Harriet.\n\nOwen",
    quote=reply_q("en", "TAX", "2024-07-09 15:20",
                  "Dear Owen,\n\nThanks for the photo of the letter. Checking your filing record on the HMRC "
                  "portal and drafting the penalty appeal will take about 2 hours at £180 per hour plus VAT.\n\n"
                  "Shall I go ahead?\n\nKind regards,\n" + sigfirm("TAX")),
    decision="accept", note="plain accept, top-posted, Gmail quote header")

add(id="r002", lang="en", firm="LAW", frm=("Sophie Lindqvist", "s.lindqvist@norrfield-interiors.co.uk"),
    subject="RE: Schedule of dilapidations - Unit 2B", date=("2024-10-08 11:45", "+0100"), fmt="alt",
    html_style="outlook",
    new="Hi Daniel,\n\nThat's fine - please proceed.\n\nKind regards,\nSophie",
    sig="Sophie Lindqvist\nNorrfield Interiors Ltd\nTel: 01632 960 145",
    quote=outlook_q("en", "LAW", "2024-10-08 09:12", "Sophie Lindqvist <s.lindqvist@norrfield-interiors.co.uk>",
                    "Schedule of dilapidations - Unit 2B",
                    "Sophie,\n\nReviewing the landlord's schedule of dilapidations and preparing a response will "
                    "take approximately 4 hours at £275 per hour plus VAT. Shall I go ahead?\n\nDaniel"),
    decision="accept", note="Outlook multipart accept ('please proceed')")

add(id="r003", lang="en", firm="ARC", frm=("Helen Strand", "helen.strand@btinternet.com"),
    subject="Re: 3D renders", date=("2024-10-04 20:40", "+0100"), fmt="plain",
    new="Thanks Marit, but we've decided not to do the 3D renders after all - the budget is already "
        "stretched.\n\nBest,\nHelen",
    quote=reply_q("en", "ARC", "2024-10-04 10:03",
                  "Hi Helen,\n\nProducing three photorealistic 3D renders of the garden elevation with the larch "
                  "cladding would take about 6 hours at £95 per hour. Shall I go ahead?\n\nMarit"),
    decision="decline", note="polite decline with reason")

add(id="r004", lang="en", firm="MKT", frm=("Stuart Lamont", "stuart@ledgerlyapp.com"),
    subject="RE: LinkedIn campaign proposal - estimate", date=("2024-08-06 14:22", "+0100"), fmt="alt",
    html_style="outlook",
    new="Hi Priya,\n\nCould you do it in 4 hours instead of 6? That's what we have left in this quarter's "
        "budget.\n\nStuart",
    sig="Stuart Lamont\nHead of Growth, Ledgerly\n+44 20 7946 0321",
    quote=outlook_q("en", "MKT", "2024-08-06 10:40", "Stuart Lamont <stuart@ledgerlyapp.com>",
                    "LinkedIn campaign proposal - estimate",
                    "Hi Stuart,\n\nPutting together the LinkedIn campaign proposal, including audience research "
                    "and three ad concepts, will take around 6 hours at £120 per hour. Shall we go ahead?\n\n"
                    "Best,\nPriya"),
    decision="unclear", note="counter-offer: fewer hours (4 instead of 6)")

add(id="r005", lang="en", firm="VISA", frm=("Lewis Grant", "lewisgrant.photo@gmail.com"),
    subject="Re: Unmarried partner visa - fee", date=("2024-04-03 19:18", "+0100"), fmt="html",
    new="Thanks Tomasz.\n\nDoes the £1,200 include the Home Office application fee and the health surcharge, or "
        "are those on top?\n\nLewis",
    quote=reply_q("en", "VISA", "2024-04-03 12:00",
                  "Dear Lewis,\n\nI have reviewed your circumstances and you appear to meet the two-year "
                  "cohabitation requirement. Preparing and submitting the unmarried partner application, "
                  "including the evidence bundle, is a fixed fee of £1,200 plus VAT.\n\nShall I go ahead?\n\n"
                  "Best regards,\nTomasz Brandt"),
    decision="unclear", note="question about what the quote includes; Gmail HTML-only")

add(id="r006", lang="en", firm="TAX", frm=("Lydia Comfort", "accounts@comfortfloristry.co.uk"),
    subject="Automatic reply: VAT return Q2 - quote", date=("2024-07-29 09:14", "+0100"), fmt="plain",
    new="Thank you for your email. I am out of the office until Monday 12 August with limited access to "
        "email.\n\nFor anything urgent please contact Rosa on 01632 960 213.\n\nLydia Comfort\nComfort Floristry",
    headers=OOO_HDRS, decision="automatic", note="English out-of-office with Auto-Submitted header")

add(id="r007", lang="en", firm="LAW", frm=("Imogen Patel", "imogen.patel@brightwick-bakery.co.uk"),
    subject="Re: Heads of terms - Carrow Park unit 9", date=("2024-02-28 18:31", "+0000"), fmt="plain",
    new="No thanks, we've found another unit so we won't need the review.",
    sig="Sent from my iPhone",
    quote=reply_q("en", "LAW", "2024-02-28 10:05",
                  "Dear Imogen,\n\nReviewing the heads of terms and sending you a short note of the points to "
                  "negotiate will take about 1.5 hours at £275 per hour plus VAT. Shall I go ahead?\n\n"
                  "Kind regards,\nDaniel", style="apple"),
    decision="decline", note="phone decline, Apple Mail quote header")

add(id="r008", lang="en", firm="ARC", frm=("Tobias Wren", "tobias.wren@wrenfamily.me"),
    subject="Re: Survey review and feasibility", date=("2024-08-16 08:27", "+0100"), fmt="plain",
    new="Yes, go ahead.\n\nTobias",
    quote=reply_q("en", "ARC", "2024-08-15 17:10",
                  "Hello Tobias,\n\nReviewing the 2021 structural survey and preparing a short feasibility note "
                  "for a two-storey side extension will take about 3 hours at £95 per hour.\n\nShall I go "
                  "ahead?\n\nMarit", style="tbird", position="bottom"),
    decision="accept", note="bottom-posted accept under a Thunderbird quote")

add(id="r009", lang="en", firm="MKT", frm=("Alicia Bram", "alicia.bram@fennick-studio.com"),
    subject="Re: Landing page copy - estimate", date=("2024-09-10 09:02", "-0400"), fmt="alt",
    new="Great, go for it. Looking forward to seeing the first draft!\n\nAlicia",
    sig="Alicia Bram\nFennick Studio, New York\n+1 212 555 0147",
    quote=reply_q("en", "MKT", "2024-09-10 13:30",
                  "Hi Alicia,\n\nWriting the copy for the five landing pages, with two rounds of revisions, "
                  "will take about 10 hours at $150 per hour. Would you like us to go ahead?\n\nPriya"),
    decision="accept", note="enthusiastic accept, US client, dollars")

add(id="r010", lang="en", firm="VISA", frm=("Mei Lin Chua", "meilin.chua@yahoo.com"),
    subject="Re: Settlement application - quote", date=("2024-02-12 20:15", "+0800"), fmt="plain",
    new="Thanks Tomasz. I need to talk it over with my husband first - I'll get back to you by the end of the "
        "week.\n\nMei Lin",
    quote=reply_q("en", "VISA", "2024-02-12 09:40",
                  "Hi Mei Lin,\n\nPreparing your settlement (ILR) application and checking your absences will "
                  "take about 5 hours at £160 per hour. Shall I go ahead?\n\nTomasz"),
    decision="unclear", note="'let me talk it over' deferral")

add(id="r011", lang="en", firm="TAX", frm=("Ben Achterberg", "ben.achterberg@gmail.com"),
    subject="Re: 2023/24 return - estimate", date=("2024-05-02 12:48", "+0100"), fmt="qp",
    new="Hi Harriet,\n\nCan you do it for a fixed £400 instead? I'd rather not be billed by the hour.\n\nBen",
    quote=reply_q("en", "TAX", "2024-05-01 16:00",
                  "Hi Ben,\n\nPreparing your 2023/24 return including the two rental properties will take about "
                  "3 hours at £180 per hour plus VAT. Shall I go ahead?\n\nHarriet"),
    decision="unclear", note="counter-offer with another amount (fixed £400)")

add(id="r012", lang="en", firm="LAW", frm=("Declan Moore", "declan.moore@moorefitness.co.uk"),
    subject="Re: Lease review and deposit deed", date=("2024-01-22 10:10", "+0000"), fmt="plain",
    new="Please go ahead with the review of the lease, but leave the rent deposit deed for now - our finance "
        "team will look at that.\n\nDeclan",
    quote=reply_q("en", "LAW", "2024-01-19 16:45",
                  "Hi Declan,\n\nReviewing the draft lease (about 3 hours) and the rent deposit deed (about 1 "
                  "hour) comes to 4 hours at £275 per hour. Shall I go ahead with both?\n\nDaniel"),
    decision="unclear", note="partial yes: one item accepted, the other not")

add(id="r013", lang="en", firm="ARC", frm=("Fiona Baird", "fiona.baird77@gmail.com"),
    subject="Re: Open-plan option", date=("2024-05-09 13:30", "GMT"), fmt="html_b64",
    new="Not this time, thanks - we'll stick with the current layout.\n\nFiona",
    quote=reply_q("en", "ARC", "2024-05-08 18:12",
                  "Hi Fiona,\n\nRedesigning the ground floor with an open-plan kitchen would take about 5 hours "
                  "at £95 per hour. Shall I go ahead?\n\nMarit"),
    decision="decline", note="short decline, HTML base64")

add(id="r014", lang="en", firm="MKT", frm=("Mail Delivery System", "MAILER-DAEMON@mx1.loudfern-marketing.com"),
    subject="Undelivered Mail Returned to Sender", date=("2024-07-03 10:01", "+0100"),
    special=bounce, bounced_rcpt="n.greaves@pebblecove-gin.co.uk", offer_date="2024-07-03 10:00",
    orig_subject="Autumn campaign - estimate",
    decision="automatic", note="Postfix bounce (multipart/report delivery-status)")

add(id="r015", lang="en", firm="VISA", frm=("Aarav Menon", "aarav.menon@gmail.com"),
    subject="Re: Transfer to Edinburgh - quote", date=("2024-04-04 22:06", "+0100"), fmt="html_b64",
    new="Yes please, go ahead with the application. I'll send the documents tonight.\n\nAarav",
    quote=reply_q("en", "VISA", "2024-04-04 11:30",
                  "Hi Aarav,\n\nThe new job title falls under a different occupation code, so you will need a "
                  "change of employment application. Preparing it will take about 3 hours at £160 per hour. "
                  "Shall I go ahead?\n\nTomasz"),
    decision="accept", note="accept plus a statement about sending documents")

add(id="r016", lang="en", firm="TAX", frm=("Martin Okafor", "martin.okafor@hotmail.co.uk"),
    subject="Re: Your 2023/24 return", date=("2024-09-06 08:55", "+0100"), fmt="plain",
    new="Thanks Harriet, but I'll do the return myself this year - it's fairly simple now the flat has been "
        "sold.\n\nMartin",
    quote=reply_q("en", "TAX", "2024-09-05 14:20",
                  "Hi Martin,\n\nThanks, the documents arrived safely. Preparing your 2023/24 return will take "
                  "about 3 hours at £180 per hour plus VAT. Shall I go ahead?\n\nHarriet"),
    decision="decline", note="decline: client will do it himself")

add(id="r017", lang="en", firm="LAW", frm=("Rebecca Tull", "rebecca@tullandhart-coffee.com"),
    subject="Re: Fwd: Unit 4 Carrow Park - lease renewal", date=("2024-05-15 16:12", "+0100"), fmt="alt",
    new="Daniel,\n\nCan we pick this up after our board meeting on 3 June? I'll confirm then.\n\nRebecca",
    sig="Rebecca Tull | Operations Director\nTull & Hart Coffee Ltd\nm. 07700 900 318",
    quote=reply_q("en", "LAW", "2024-05-15 09:30",
                  "Rebecca,\n\nDrafting the reply to the agent and negotiating the CPI cap will take about 3 "
                  "hours at £275 per hour plus VAT. Shall I go ahead?\n\nDaniel"),
    decision="unclear", note="deferral to a date")

add(id="r018", lang="en", firm="ARC", frm=("Rashid Osei", "osei.household@gmail.com"),
    subject="Re: Loft dormer - drawings and PD check", date=("2024-11-06 19:48", "+0000"), fmt="qp",
    crlf=True,
    new="Sounds reasonable - please proceed with the drawings.\n\nRashid",
    quote=reply_q("en", "ARC", "2024-11-05 12:00",
                  "Hi Rashid and Claire,\n\nUpdating the section and elevation drawings and checking the "
                  "permitted development limits will take about 4 hours at £95 per hour. Shall I go ahead?\n\n"
                  "Marit"),
    decision="accept", note="accept, CRLF quoted-printable")

add(id="r019", lang="en", firm="MKT", frm=("Erin Calloway", "erin@calloway-ceramics.co.uk"),
    subject="Re: Product page rewrite", date=("2024-06-03 11:05", "+0100"), fmt="plain",
    new="Just to correct one thing - it's 12 product pages, not 10. Would the estimate change?\n\nErin",
    quote=reply_q("en", "MKT", "2024-06-03 09:20",
                  "Hi Erin,\n\nRewriting the 10 product pages for the new glazes will take about 5 hours at "
                  "£120 per hour. Shall we go ahead?\n\nPriya"),
    decision="unclear", note="correction of scope plus question about the estimate")


def ticket(c):
    firm = mk.FIRMS[c["firm"]]
    d = mk.dt(c["date"][0])
    text = ("Hello,\n\nThank you for contacting the Quayside Robotics People Services desk.\n\nYour request has "
            "been logged as ticket HR-48213 and will be picked up by a member of the team within 2 working "
            "days. Please do not reply to this email; to add information, use the link below.\n\n"
            "https://peopledesk.quayside-robotics.com/tickets/HR-48213\n\nThis is an automated message.\n")
    body = mk.leaf("plain", text, "us-ascii", "7bit")
    orig_id = mk.msgid(c["id"] + "offer", firm["domain"])
    headers = [("From", "Quayside People Services <peopledesk@quayside-robotics.com>"),
               ("To", mk.firm_to(c["firm"])),
               ("Subject", "[HR-48213] Re: Sponsorship for Ana Ruiz - quote"),
               ("Date", mk.rfc_date(d, c["date"][1])),
               ("Message-ID", mk.msgid(c["id"] + "tk", "quayside-robotics.com")),
               ("In-Reply-To", orig_id), ("References", orig_id),
               ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
               ("X-Mailer", "HelpPoint Service Desk 9.2")]
    return mk.assemble(headers, body)


add(id="r020", lang="en", firm="VISA", frm=("Quayside People Services", "peopledesk@quayside-robotics.com"),
    subject="[HR-48213] Re: Sponsorship for Ana Ruiz - quote", date=("2024-07-02 08:00", "+0100"),
    special=ticket, decision="automatic", note="ticket-system acknowledgement")

add(id="r021", lang="en", firm="TAX", frm=("Graham Tolley", "graham@tolleyplumbing.co.uk"),
    subject="Re: CIS refund claim", date=("2024-07-01 17:22", "+0100"), fmt="plain",
    new="OK go ahead",
    sig="Sent from my iPhone",
    quote=reply_q("en", "TAX", "2024-07-01 15:05",
                  "Hi Graham,\n\nPreparing the CIS refund claim for last year's deductions will take about 2 "
                  "hours at £150 per hour. Shall I go ahead?\n\nHarriet", style="apple"),
    decision="accept", note="three-word phone accept")

add(id="r022", lang="en", firm="LAW", frm=("Colm Farrelly", "colm@farrellyoptics.ie"),
    subject="RE: Licence to assign - next steps", date=("2024-03-21 15:40", "+0000"), fmt="alt",
    html_style="outlook",
    new="Daniel,\n\nWe've decided not to take the unit, so please don't do any further work on this. Thanks for "
        "your help so far.\n\nColm",
    quote=outlook_q("en", "LAW", "2024-03-20 12:30", "Colm Farrelly <colm@farrellyoptics.ie>",
                    "Licence to assign - next steps",
                    "Colm,\n\nPreparing the licence to assign and the authorised guarantee agreement will take "
                    "about 5 hours at €300 per hour plus VAT. Shall I go ahead?\n\nDaniel"),
    decision="decline", note="decline: deal abandoned, Outlook")

add(id="r023", lang="en", firm="ARC", frm=("Pete Harlow", "pete.harlow@harlowbuild.co.uk"),
    subject="Re: Rear extension options - fee", date=("2024-10-18 07:55", "+0100"), fmt="plain",
    new="Marit,\n\n£1,500 is more than we expected. Would you do it for £1,000 if we drop the second option?\n\n"
        "Pete",
    sig="Pete Harlow\nHarlow Build Ltd\n07700 900 844",
    quote=reply_q("en", "ARC", "2024-10-17 16:00",
                  "Hi Pete,\n\nPreparing two design options for the rear extension comes to £1,500 (about 16 "
                  "hours). Shall I go ahead?\n\nMarit"),
    decision="unclear", note="counter-offer with lower amount and reduced scope")

add(id="r024", lang="en", firm="MKT", frm=("Jamie Rourke", "jamie.rourke@tidewell-bikes.com"),
    subject="Re: Brand video - quote", date=("2024-08-12 10:31", "+0100"), fmt="qp",
    new="Thanks Priya, we'll pass on the video - the budget has gone elsewhere this year.\n\nJamie",
    sig="-- \nJamie Rourke\nMarketing Lead | Tidewell Bikes\n+44 1632 960 555",
    quote=reply_q("en", "MKT", "2024-08-12 09:00",
                  "Hi Jamie,\n\nProducing the 60-second brand video (script, one shoot day and edit) would be "
                  "£4,800. Shall we go ahead?\n\nPriya"),
    decision="decline", note="decline ('we'll pass'), budget reason")

add(id="r025", lang="en", firm="VISA", frm=("Yuki Tanabe", "yuki.tanabe@protonmail.com"),
    subject="Read: Dependant visa for your husband - quote", date=("2024-06-20 08:12", "+0100"),
    special=mdn, offer_date="2024-06-19 17:30", orig_subject="Dependant visa for your husband - quote",
    decision="automatic", note="read receipt (disposition-notification)")

add(id="r026", lang="en", firm="TAX", frm=("Priscilla Dunmore", "p.dunmore@gmail.com"),
    subject="Re: Rental schedules", date=("2024-05-08 10:26", "+0100"), fmt="plain",
    body="On Tue, 7 May 2024 at 15:40, Harriet Quillon <h.quillon@quillonmarsh-tax.co.uk> wrote:\n"
         "> Dear Priscilla,\n>\n> Preparing the rental income schedules for 2023/24 will take about 2 hours\n"
         "> at £180 per hour.\n\nIs that 2 hours in total, or per property? I have three rentals now.\n\n"
         "> Shall I go ahead?\n>\n> Kind regards,\n> Harriet\n\nP.\n",
    decision="unclear", note="inline question under the quoted line (total or per property?)")

add(id="r027", lang="en", firm="LAW", frm=("Harriet Vance", "h.vance@vanceoptometry.co.uk"),
    subject="RE: Rent review memorandum", date=("2024-06-18 12:09", "+0100"), fmt="alt", html_style="outlook",
    new="Approved. Please go ahead and send us the invoice when done.",
    sig="Harriet Vance\nVance Optometry Ltd\n\nThis email and any attachments are confidential and intended "
        "solely for the addressee. If you have received this email in error, could you please notify the sender "
        "and delete it? Vance Optometry Ltd, registered in England No. 08812345.",
    quote=outlook_q("en", "LAW", "2024-06-18 10:00", "Harriet Vance <h.vance@vanceoptometry.co.uk>",
                    "Rent review memorandum",
                    "Dear Harriet,\n\nPreparing the rent review memorandum and agreeing it with the landlord's "
                    "solicitors will take about 2 hours at £275 per hour plus VAT. Shall I go ahead?\n\nKind "
                    "regards,\nDaniel", old=True),
    decision="accept", note="accept with disclaimer that contains a question")


add(id="r028", lang="en", firm="ARC", frm=("Gavin Metcalfe", "gavin.metcalfe@outlook.com"),
    subject="Out of Office: Re: Stage 4 technical drawings - fee", date=("2024-08-19 09:47", "+0100"),
    fmt="html_cp1252", html_style="outlook",
    new="Hi,\n\nI’m currently on annual leave and will return on Monday 2 September. I will reply to your "
        "email when I’m back.\n\nThanks,\nGavin",
    decision="automatic", note="Outlook HTML out-of-office without Auto-Submitted header (subject only)")

add(id="r029", lang="en", firm="MKT", frm=("Sam Okoye", "sam@brackenroast.com"),
    subject="Re: Newsletter redesign - estimate", date=("2024-03-14 16:50", "+0000"), fmt="plain",
    new="Yes - let's do it. Jamie will send you the brand assets this week.\n\nSam",
    quote=reply_q("en", "MKT", "2024-03-14 11:25",
                  "Hi Sam,\n\nRedesigning the newsletter template (desktop and mobile) will take about 8 hours "
                  "at £110 per hour. Shall we go ahead?\n\nPriya"),
    decision="accept", note="accept plus logistics")

add(id="r030", lang="en", firm="VISA", frm=("Chidi Okonkwo", "chidi.okonkwo@icloud.com"),
    subject="Re: BRP replacement - quote", date=("2024-08-23 21:30", "+0100"), fmt="plain",
    new="I'm sorry, that's more than I can afford right now. I'll try to do the application myself.\n\nChidi",
    sig="Sent from my iPhone",
    quote=reply_q("en", "VISA", "2024-08-23 10:10",
                  "Hi Chidi,\n\nPreparing the application for a replacement document will take about 2 hours at "
                  "£160 per hour. Shall I go ahead?\n\nTomasz", style="apple"),
    decision="decline", note="decline because of cost")

add(id="r031", lang="en", firm="TAX", frm=("Lydia Comfort", "accounts@comfortfloristry.co.uk"),
    subject="Re: Bookkeeping catch-up", date=("2024-09-02 13:14", "+0100"), fmt="alt_b64",
    new="Hmm, let me have a think about it and get back to you.\n\nLydia",
    quote=reply_q("en", "TAX", "2024-09-02 10:00",
                  "Hi Lydia,\n\nCatching up the bookkeeping for July and August will take about 6 hours at £90 "
                  "per hour. Shall I go ahead?\n\nHarriet"),
    decision="unclear", note="'let me think'")

add(id="r032", lang="en", firm="LAW", frm=("Imogen Patel", "imogen.patel@brightwick-bakery.co.uk"),
    subject="Re: Unit 11 lease - review", date=("2024-04-16 09:41", "+0100"), fmt="html",
    new="Hi Daniel,\n\nCould you cap it at 2 hours? If it needs more than that, check with me first.\n\nImogen",
    sig="Imogen Patel\nFinance Director\nBrightwick Bakery Ltd\nT: 01632 960 803",
    quote=reply_q("en", "LAW", "2024-04-15 17:05",
                  "Dear Imogen,\n\nReviewing the draft lease for unit 11 will take 3 to 4 hours at £275 per hour "
                  "plus VAT. Shall I go ahead?\n\nKind regards,\nDaniel"),
    decision="unclear", note="counter-offer: cap at fewer hours")

add(id="r033", lang="en", firm="MKT", frm=("Naomi Greaves", "naomi@pebblecove-gin.co.uk"),
    subject="Re: Christmas gift guide placements", date=("2024-10-01 15:15", "+0100"), fmt="plain", crlf=True,
    new="No, thank you.\n\nNaomi",
    sig="Naomi Greaves\nBrand Manager, Pebble Cove Gin\n01632 960 477",
    quote=reply_q("en", "MKT", "2024-10-01 09:45",
                  "Hi Naomi,\n\nPitching Pebble Cove to ten Christmas gift guides will take about 7 hours at "
                  "£120 per hour. Shall we go ahead?\n\nPriya"),
    decision="decline", note="two-word decline")

# ====================================================================== GERMAN
add(id="r034", lang="de", firm="TAX", frm=("Jens Albrecht", "jens.albrecht@web.de"),
    subject="Re: Steuererklärung 2023 - Kostenschätzung", date=("2024-04-17 07:40", "+0200"), fmt="latin9qp",
    new="Ja, bitte machen Sie das so. Danke!\n\nJens Albrecht",
    quote=reply_q("de", "TAX", "2024-04-16 15:22",
                  "Sehr geehrter Herr Albrecht,\n\ndie Erstellung Ihrer Einkommensteuererklärung 2023 dauert "
                  "ca. 4 Stunden à 150 € zzgl. USt.\n\nSoll ich damit beginnen?\n\nMit freundlichen Grüßen\n"
                  "Harriet Quillon"),
    decision="accept", note="German accept, Latin-1 QP, Gmail 'Am ... schrieb' header")

add(id="r035", lang="de", firm="LAW", frm=("Matthias Brenner", "m.brenner@brenner-feinkost.de"),
    subject="AW: Prüfung Nachtrag zum Mietvertrag", date=("2024-07-02 11:18", "+0200"), fmt="alt_cp1252",
    html_style="outlook",
    new="Hallo Herr Okafor-Reyes,\n\n6 Stunden erscheinen mir zu viel. Könnten Sie das für pauschal 800 € "
        "machen?\n\nViele Grüße\nMatthias Brenner",
    sig="Brenner Feinkost GmbH\nHafenstraße 3, 20459 Hamburg\nTel. 040 123 456 78\n\nDiese E-Mail enthält "
        "vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort "
        "den Absender und vernichten Sie diese E-Mail.",
    quote=outlook_q("de", "LAW", "2024-07-01 16:45", "Matthias Brenner <m.brenner@brenner-feinkost.de>",
                    "Prüfung Nachtrag zum Mietvertrag",
                    "Sehr geehrter Herr Brenner,\n\ndie Prüfung des Nachtrags und die Verhandlung mit der "
                    "Gegenseite dauern voraussichtlich 6 Stunden à 240 € zzgl. USt. Soll ich loslegen?\n\n"
                    "Mit freundlichen Grüßen\nDaniel Okafor-Reyes"),
    decision="unclear", note="German counter-offer: flat 800 € instead of 6 hours; German disclaimer")

add(id="r036", lang="de", firm="ARC", frm=("Sabine Reuter", "sabine.reuter@t-online.de"),
    subject="Re: Angebot Visualisierung Variante B", date=("2024-03-12 20:05", "+0100"), fmt="cp1252",
    new="Hallo Marit,\n\ndanke für das Angebot, aber wir verzichten darauf. Die Grundrisse reichen uns völlig."
        "\n\nViele Grüße\nSabine Reuter",
    quote=reply_q("de", "ARC", "2024-03-12 09:30",
                  "Hallo Frau Reuter,\n\ndie 3D-Visualisierung der Variante B würde etwa 5 Stunden à 95 € "
                  "dauern. Soll ich das machen?\n\nViele Grüße\nMarit", style="apple"),
    decision="decline", note="German decline ('wir verzichten darauf'), 8-bit Latin-1")

add(id="r037", lang="de", firm="MKT", frm=("Markus Endres", "markus@endres-radsport.de"),
    subject="Abwesenheitsnotiz: Re: Angebot Social-Media-Paket", date=("2024-08-07 10:02", "+0200"),
    fmt="qp", headers=OOO_HDRS,
    new="Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 23.08. nicht im Büro. Ihre E-Mail wird "
        "nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an info@endres-radsport.de.\n\n"
        "Mit freundlichen Grüßen\nMarkus Endres",
    decision="automatic", note="German out-of-office")

add(id="r038", lang="de", firm="VISA", frm=("Katrin Möller", "katrin.moeller@gmx.de"),
    subject="Re: Antrag Familiennachzug - Kosten", date=("2024-02-27 19:51", "+0100"), fmt="plain",
    new="Ja, gerne. Legen Sie los.",
    sig="Von meinem iPhone gesendet",
    quote=reply_q("de", "VISA", "2024-02-27 14:10",
                  "Sehr geehrte Frau Möller,\n\ndie Vorbereitung des Antrags auf Familiennachzug inklusive "
                  "Prüfung der Unterlagen dauert etwa 4 Stunden à 160 £. Soll ich damit anfangen?\n\nMit "
                  "freundlichen Grüßen\nTomasz Brandt", style="apple"),
    decision="accept", note="German phone accept")

add(id="r039", lang="de", firm="TAX", frm=("Uwe Hartkopf", "uwe.hartkopf@hartkopf-metall.de"),
    subject="AW: Jahresabschluss 2023 - Aufwand", date=("2024-06-04 08:20", "+0200"), fmt="alt",
    html_style="outlook",
    new="Reichen nicht auch 2 Stunden? Die Belege sind schon alle sortiert.\n\nGruß\nUwe Hartkopf",
    sig="Hartkopf Metallbau GmbH | Geschäftsführer\nTel. 0231 555 0190",
    quote=outlook_q("de", "TAX", "2024-06-03 17:30", "Uwe Hartkopf <uwe.hartkopf@hartkopf-metall.de>",
                    "Jahresabschluss 2023 - Aufwand",
                    "Sehr geehrter Herr Hartkopf,\n\nfür die Fertigstellung des Jahresabschlusses 2023 rechne "
                    "ich mit 5 Stunden à 150 € zzgl. USt. Soll ich damit beginnen?\n\nMit freundlichen Grüßen\n"
                    "Harriet Quillon", old=True),
    decision="unclear", note="German counter: fewer hours ('wouldn't 2 hours do?')")

# ====================================================================== FRENCH
add(id="r040", lang="fr", firm="LAW", frm=("Hugo Lefèvre", "hugo.lefevre@boulangerie-lefevre.fr"),
    subject="Re: Avenant au bail - devis", date=("2024-02-06 09:12", "+0100"), fmt="cp1252qp",
    new="Bonjour Maître,\n\nC’est d’accord, vous pouvez y aller.\n\nBien cordialement,\nHugo Lefèvre",
    sig="Boulangerie Lefèvre\n14 rue des Tanneurs, 44000 Nantes\n02 40 12 34 56",
    quote=reply_q("fr", "LAW", "2024-02-05 16:40",
                  "Monsieur,\n\nL'analyse du projet d'avenant au bail et la rédaction de nos observations "
                  "représentent environ 3 heures à 250 € HT de l'heure. Souhaitez-vous que je m'en charge ?\n\n"
                  "Bien cordialement,\nDaniel Okafor-Reyes"),
    decision="accept", note="French accept, windows-1252 QP, 'Le ... a écrit :'")

add(id="r041", lang="fr", firm="ARC", frm=("Antoine Girard", "antoine.girard@free.fr"),
    subject="Re: Devis pièces complémentaires PC", date=("2024-04-25 21:33", "+0200"), fmt="alt",
    new="Bonjour Marit,\n\nMerci pour le devis. 2 400 € me paraît élevé ; serait-il possible de le faire pour "
        "1 800 € ?\n\nCordialement,\nAntoine Girard",
    quote=reply_q("fr", "ARC", "2024-04-25 10:15",
                  "Bonjour Antoine,\n\nLa préparation du plan de masse coté et de la notice paysagère, avec "
                  "l'envoi à la mairie, représente un forfait de 2 400 € HT. Voulez-vous que je lance le "
                  "travail ?\n\nBien à vous,\nMarit"),
    decision="unclear", note="French counter-offer: 1 800 € instead of 2 400 €")

add(id="r042", lang="fr", firm="MKT", frm=("Élodie Marchand", "elodie@atelier-marchand.fr"),
    subject="RE: Proposition shooting Noël", date=("2024-10-15 14:48", "+0200"), fmt="html",
    html_style="outlook",
    new="Bonjour Priya,\n\nMerci pour votre proposition, mais nous n’allons pas y donner suite.\n\n"
        "Bonne journée,\nÉlodie",
    quote=outlook_q("fr", "MKT", "2024-10-14 11:00", "Élodie Marchand <elodie@atelier-marchand.fr>",
                    "Proposition shooting Noël",
                    "Bonjour Élodie,\n\nLe shooting photo pour la collection de Noël (une journée de studio et "
                    "la retouche de 30 images) représente 1 900 € HT. Souhaitez-vous que nous le "
                    "programmions ?\n\nBien à vous,\nPriya"),
    decision="decline", note="French formal decline ('pas y donner suite'), Outlook HTML")

add(id="r043", lang="fr", firm="VISA", frm=("Karim Benali", "karim.benali@laposte.net"),
    subject="Re: Renouvellement titre de séjour - honoraires", date=("2024-03-08 18:20", "+0100"),
    fmt="cp1252",
    new="Merci, je vais en parler à mon employeur et je reviens vers vous.\n\nKarim",
    quote=reply_q("fr", "VISA", "2024-03-08 10:05",
                  "Bonjour Karim,\n\nLa préparation du dossier de renouvellement et la prise de rendez-vous en "
                  "préfecture représentent environ 3 heures à 140 € de l'heure. Voulez-vous que je m'en "
                  "occupe ?\n\nCordialement,\nTomasz Brandt"),
    decision="unclear", note="French 'I'll talk to my employer and come back to you'")

add(id="r044", lang="fr", firm="TAX", frm=("Claire Dumoulin", "claire.dumoulin@orange.fr"),
    subject="Réponse automatique : Calcul de l'acompte - devis", date=("2024-11-14 08:00", "+0100"),
    fmt="qp", headers=OOO_HDRS,
    new="Bonjour,\n\nJe suis absente du bureau jusqu'au 25 novembre inclus, avec un accès limité à mes "
        "messages. Pour toute demande urgente, merci de contacter mon assistante au 01 23 45 67 89.\n\n"
        "Cordialement,\nClaire Dumoulin",
    decision="automatic", note="French out-of-office")

add(id="r045", lang="fr", firm="MKT", frm=("Bastien Roux", "bastien.roux@roux-cycles.fr"),
    subject="Re: Refonte newsletter - estimation", date=("2024-05-28 12:31", "+0200"), fmt="plain",
    new="Parfait, on valide. Merci !\n\nBastien",
    sig="Envoyé de mon iPhone",
    quote=reply_q("fr", "MKT", "2024-05-28 09:50",
                  "Bonjour Bastien,\n\nLa refonte du modèle de newsletter prendrait environ 6 heures à 110 € "
                  "HT de l'heure. On lance ?\n\nPriya", style="apple"),
    decision="accept", note="French casual accept ('on valide')")

# ====================================================================== SPANISH
add(id="r046", lang="es", firm="TAX", frm=("Javier Ortega", "javi.ortega@gmail.com"),
    subject="Re: carta hacienda 720", date=("2024-03-22 08:47", "+0100"), fmt="plain",
    new="Vale, adelante. Gracias!",
    sig="Enviado desde mi móvil",
    quote=reply_q("es", "TAX", "2024-03-21 17:30",
                  "Hola Javier:\n\nRevisar si estás obligado a presentar el modelo 720 con los datos de tus "
                  "cuentas y, en su caso, prepararlo me llevaría unas 3 horas a 120 € la hora. ¿Quieres que me "
                  "ponga con ello?\n\nUn saludo,\nHarriet"),
    decision="accept", note="Spanish phone accept ('Vale, adelante')")

add(id="r047", lang="es", firm="LAW", frm=("Carmen Villalobos", "carmen@villalobos-moda.es"),
    subject="RE: Revisión contrato local Gran Vía - presupuesto", date=("2024-09-10 13:05", "+0200"),
    fmt="alt", html_style="outlook",
    new="Hola Daniel:\n\nMuchas gracias, pero al final no vamos a seguir adelante con el local.\n\nUn saludo,"
        "\nCarmen",
    sig="Carmen Villalobos\nVillalobos Moda S.L.\n\nEste mensaje y sus adjuntos son confidenciales. Si lo ha "
        "recibido por error, le rogamos que lo comunique al remitente y lo elimine.",
    quote=outlook_q("es", "LAW", "2024-09-09 16:20", "Carmen Villalobos <carmen@villalobos-moda.es>",
                    "Revisión contrato local Gran Vía - presupuesto",
                    "Estimada Carmen:\n\nLa revisión del contrato de arrendamiento del nuevo local llevaría unas "
                    "4 horas a 250 € la hora más IVA. ¿Quiere que empiece?\n\nUn saludo,\nDaniel"),
    decision="decline", note="Spanish decline, Outlook block, Spanish disclaimer")

add(id="r048", lang="es", firm="ARC", frm=("Lucía Ferrer", "lucia.ferrer@hotmail.es"),
    subject="Re: Estudio de soleamiento - presupuesto", date=("2024-05-20 22:10", "+0200"), fmt="latin9qp",
    new="Hola Marit:\n\n¿No se podría hacer en 3 horas en vez de 5? Es lo que tenemos presupuestado para "
        "esto.\n\nUn saludo,\nLucía",
    quote=reply_q("es", "ARC", "2024-05-20 12:40",
                  "Hola Lucía:\n\nEl estudio de soleamiento de la terraza, con simulaciones para junio y "
                  "diciembre, me llevaría unas 5 horas a 95 € la hora. ¿Te parece bien que empiece?\n\n"
                  "Un saludo,\nMarit"),
    decision="unclear", note="Spanish counter-offer: 3 hours instead of 5")

add(id="r049", lang="es", firm="MKT", frm=("Diego Sanz", "diego.sanz@olivarsanz.com"),
    subject="Re: Propuesta de campaña otoño", date=("2024-09-20 10:18", "+0200"), fmt="html",
    new="Perfecto, adelante con la campaña.\n\nDiego",
    quote=reply_q("es", "MKT", "2024-09-19 18:00",
                  "Hola Diego:\n\nCon la opción B, la preparación de la campaña de otoño serían unas 12 horas a "
                  "100 € la hora. ¿Os parece bien que arranquemos?\n\nUn saludo,\nPriya"),
    decision="accept", note="Spanish accept, HTML-only")

add(id="r050", lang="es", firm="VISA", frm=("Marta Quiroga", "marta.quiroga@yahoo.es"),
    subject="Re: dudas", date=("2024-10-09 09:05", "+0200"), fmt="plain", crlf=True,
    new="No, gracias. Lo haremos por nuestra cuenta.\n\nMarta",
    quote=reply_q("es", "VISA", "2024-10-08 12:30",
                  "Hola Marta:\n\nSí, hace falta traducción jurada. Si quieres, puedo encargarme de la "
                  "traducción y de preparar toda la solicitud: serían unas 4 horas a 140 € la hora. "
                  "¿Quieres que me ponga con ello?\n\nUn saludo,\nTomasz"),
    decision="decline", note="Spanish plain decline, CRLF")

add(id="r051", lang="es", firm="MKT", frm=("Rocío Peña", "rocio.pena@bodegaspena.es"),
    subject="Respuesta automática: Re: Presupuesto vídeo vendimia", date=("2024-08-06 12:00", "+0200"),
    fmt="alt", headers=OOO_HDRS,
    new="Hola,\n\nEstaré fuera de la oficina del 5 al 19 de agosto sin acceso al correo. Para cualquier "
        "urgencia, podéis escribir a marketing@bodegaspena.es.\n\nGracias,\nRocío Peña",
    decision="automatic", note="Spanish out-of-office, multipart")

# ====================================================================== DUTCH
add(id="r052", lang="nl", firm="TAX", frm=("Sanne Verbeek", "sanne.verbeek@ziggo.nl"),
    subject="Re: Aangifte 2023 - offerte", date=("2024-03-13 21:02", "+0100"), fmt="qp",
    new="Prima, ga je gang!\n\nSanne",
    quote=reply_q("nl", "TAX", "2024-03-13 11:15",
                  "Hoi Sanne,\n\nHet voorbereiden van jullie aangifte inkomstenbelasting 2023, inclusief de "
                  "verdeling van de eigen woning, kost ongeveer 3 uur à € 130. Zal ik beginnen?\n\n"
                  "Groet,\nHarriet"),
    decision="accept", note="Dutch accept ('ga je gang')")

add(id="r053", lang="nl", firm="LAW", frm=("Ruud Kamphuis", "ruud@kamphuis-fietsen.nl"),
    subject="Re: Allonge huurovereenkomst", date=("2024-09-03 08:33", "+0200"), fmt="plain",
    new="Is dat inclusief btw? En valt het overleg met de verhuurder daar ook onder?\n\nRuud",
    sig="Ruud Kamphuis\nKamphuis Fietsen\n06-12345678",
    quote=reply_q("nl", "LAW", "2024-09-02 15:00",
                  "Beste Ruud,\n\nHet doornemen van de allonge bij de huurovereenkomst kost ongeveer 2 uur à "
                  "€ 230. Zal ik ermee beginnen?\n\nMet vriendelijke groet,\nDaniel Okafor-Reyes"),
    decision="unclear", note="Dutch questions about the quote (VAT, scope)")

add(id="r054", lang="nl", firm="ARC", frm=("Joost van Dijk", "joostvandijk@kpnmail.nl"),
    subject="Re: kozijndetails", date=("2024-06-07 17:45", "+0200"), fmt="plain",
    new="Dank je, maar we zien ervan af. De aannemer lost het zelf op.\n\nGroet,\nJoost",
    sig="Verstuurd vanaf mijn iPhone",
    quote=reply_q("nl", "ARC", "2024-06-07 10:20",
                  "Hoi Joost,\n\nHet uitwerken van de nieuwe kozijndetails kost ongeveer 4 uur à € 95. Zal ik "
                  "het doen?\n\nGroet,\nMarit", style="apple"),
    decision="decline", note="Dutch decline ('we zien ervan af'), Apple header 'het volgende geschreven'")

add(id="r055", lang="nl", firm="MKT", frm=("Pieter de Haan", "p.dehaan@dehaan-installatietechniek.nl"),
    subject="Automatisch antwoord: Contentkalender Q4 - offerte", date=("2024-09-02 07:30", "+0200"),
    fmt="html", html_style="outlook", headers=[("Auto-Submitted", "auto-generated")],
    new="Goedemorgen,\n\nIk ben afwezig tot en met 16 september en lees mijn e-mail niet. Voor dringende zaken "
        "kunt u contact opnemen met Anouk via 030 123 4560.\n\nMet vriendelijke groet,\nPieter de Haan",
    decision="automatic", note="Dutch out-of-office, Outlook HTML")

add(id="r056", lang="nl", firm="VISA", frm=("Femke Brouwer", "femke.brouwer@gmail.com"),
    subject="Re: Aanvraag verblijfsvergunning partner - kosten", date=("2024-06-03 12:12", "+0200"),
    fmt="alt_b64",
    new="Ja hoor, doe maar.\n\nFemke",
    quote=reply_q("nl", "VISA", "2024-06-03 09:40",
                  "Hoi Femke,\n\nHet voorbereiden van de aanvraag en het controleren van alle bewijsstukken kost "
                  "ongeveer 5 uur à € 150. Zal ik ermee aan de slag gaan?\n\nGroet,\nTomasz"),
    decision="accept", note="Dutch colloquial accept ('doe maar'), base64 multipart")

# ====================================================================== ITALIAN
add(id="r057", lang="it", firm="TAX", frm=("Alessandro Conti", "alessandro.conti@libero.it"),
    subject="Re: Dichiarazione redditi esteri - preventivo", date=("2024-12-05 09:30", "+0100"), fmt="plain",
    new="Va bene, proceda pure. Grazie\n\nAlessandro Conti",
    sig="Inviato da iPhone",
    quote=reply_q("it", "TAX", "2024-12-04 16:10",
                  "Gentile Alessandro,\n\nla preparazione del quadro RW per i redditi esteri richiede circa 2 "
                  "ore a 150 € l'ora. Posso procedere?\n\nCordiali saluti,\nHarriet Quillon"),
    decision="accept", note="Italian accept ('proceda pure')")

add(id="r058", lang="it", firm="LAW", frm=("Giulia Ferraresi", "g.ferraresi@ferraresi-ottica.it"),
    subject="R: Revisione contratto di locazione - preventivo", date=("2024-10-24 15:02", "+0200"),
    fmt="alt_cp1252", html_style="outlook",
    new="Gentile Avvocato,\n\nLa ringrazio, ma preferiamo non procedere.\n\nCordiali saluti,\nGiulia Ferraresi",
    sig="Dott.ssa Giulia Ferraresi\nFerraresi Ottica S.r.l.\nTel. 051 123 4567\n\n"
        "Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al "
        "destinatario. Se ha ricevuto questa e-mail per errore, La preghiamo di informarci immediatamente e "
        "di cancellarla.",
    quote=outlook_q("it", "LAW", "2024-10-23 11:30", "Giulia Ferraresi <g.ferraresi@ferraresi-ottica.it>",
                    "Revisione contratto di locazione - preventivo",
                    "Gentile Dott.ssa Ferraresi,\n\nl'esame della bozza e l'indicazione delle clausole da "
                    "rinegoziare richiedono circa 3 ore a 250 € l'ora più IVA. Desidera che proceda?\n\n"
                    "Cordiali saluti,\nDaniel Okafor-Reyes"),
    decision="decline", note="Italian formal decline, Outlook Latin-1, Italian disclaimer")

add(id="r059", lang="it", firm="ARC", frm=("Luca Bernardi", "luca.bernardi@gmail.com"),
    subject="Re: preventivo tavole esecutive", date=("2024-10-01 08:14", "+0200"), fmt="plain",
    new="Buongiorno Marit,\n1.500 € è un po' troppo per noi. Riuscite a farlo a 1.000 €?\n\nLuca",
    quote=reply_q("it", "ARC", "2024-09-30 17:50",
                  "Ciao Luca,\n\nle tavole esecutive del bagno e della cucina richiedono circa 16 ore, per un "
                  "totale di 1.500 €. Procedo?\n\nMarit"),
    decision="unclear", note="Italian counter-offer: 1.000 € instead of 1.500 €")

add(id="r060", lang="it", firm="MKT", frm=("Francesca Riva", "francesca.riva@rivadesign.it"),
    subject="Re: Campagna influencer primavera", date=("2024-04-11 13:27", "+0200"), fmt="qp",
    new="No grazie, non ci interessa.\n\nFrancesca",
    quote=reply_q("it", "MKT", "2024-04-11 10:00",
                  "Ciao Francesca,\n\nla selezione di 15 influencer e la gestione dei contatti richiederebbero "
                  "circa 10 ore a 90 € l'ora. Vuoi che partiamo?\n\nPriya"),
    decision="decline", note="Italian short decline")

add(id="r061", lang="it", firm="VISA", frm=("Davide Esposito", "davide.esposito@outlook.it"),
    subject="Re: Rinnovo permesso - preventivo", date=("2024-01-24 19:40", "+0100"), fmt="plain",
    new="Ci devo pensare un attimo, le faccio sapere entro venerdì.\n\nDavide",
    quote=reply_q("it", "VISA", "2024-01-24 12:15",
                  "Gentile Davide,\n\nla preparazione della domanda di rinnovo e il controllo dei documenti "
                  "richiedono circa 3 ore a 140 € l'ora. Vuole che proceda?\n\nCordiali saluti,\nTomasz Brandt"),
    decision="unclear", note="Italian 'I need to think, will tell you by Friday'")

add(id="r062", lang="it", firm="TAX", frm=("Chiara Fontana", "chiara.fontana@fastwebnet.it"),
    subject="Risposta automatica: Re: Dichiarazione 2023 - preventivo", date=("2024-08-08 11:11", "+0200"),
    fmt="plain", headers=OOO_HDRS,
    new="Grazie per il messaggio. Sono fuori ufficio fino al 26 agosto con accesso limitato alla posta "
        "elettronica. Risponderò al mio rientro.\n\nChiara Fontana",
    decision="automatic", note="Italian out-of-office")

# ====================================================================== PORTUGUESE
add(id="r063", lang="pt", firm="TAX", frm=("Rui Carvalho", "rui.carvalho@sapo.pt"),
    subject="Re: Declaração de IRS - orçamento", date=("2024-04-11 09:05", "+0100"), fmt="cp1252qp",
    new="Bom dia,\n\nPode avançar, obrigado.\n\nRui Carvalho",
    quote=reply_q("pt", "TAX", "2024-04-10 15:45",
                  "Caro Rui,\n\nA preparação da sua declaração de IRS, incluindo os recibos verdes, demora cerca "
                  "de 3 horas a 120 € por hora. Posso avançar?\n\nCumprimentos,\nHarriet Quillon"),
    decision="accept", note="European Portuguese accept ('Pode avançar')")

add(id="r064", lang="pt", firm="LAW", frm=("Felipe Monteiro", "felipe.monteiro@uol.com.br"),
    subject="Re: aluguel - análise do contrato", date=("2024-08-15 11:20", "-0300"), fmt="plain",
    new="Não dá para fazer por 500 libras? O orçamento está apertado este mês.\n\nabs\nFelipe",
    sig="Enviado do meu iPhone",
    quote=reply_q("pt", "LAW", "2024-08-14 16:00",
                  "Olá Felipe,\n\nA análise do contrato e da cláusula de reajuste leva cerca de 3 horas a £275 "
                  "por hora. Posso seguir?\n\nDaniel"),
    decision="unclear", note="Brazilian counter-offer: 500 pounds instead of 3 h x £275")

add(id="r065", lang="pt", firm="ARC", frm=("Beatriz Nogueira", "bia.nogueira@gmail.com"),
    subject="Re: Projeto da varanda - orçamento", date=("2024-07-22 14:30", "-0300"), fmt="html",
    new="Combinado, pode seguir com o projeto.\n\nBia",
    quote=reply_q("pt", "ARC", "2024-07-22 09:10",
                  "Oi Beatriz,\n\nO projeto da varanda fechada, com as plantas para a prefeitura, leva cerca de 8 "
                  "horas a 95 € por hora. Posso começar?\n\nMarit"),
    decision="accept", note="Brazilian accept ('Combinado, pode seguir'), HTML")

add(id="r066", lang="pt", firm="MKT", frm=("Mariana Lopes", "mariana@lopes-cosmeticos.com.br"),
    subject="Re: Campanha Black Friday - orçamento", date=("2024-10-08 10:44", "-0300"), fmt="alt",
    new="Oi Priya,\n\nObrigada, mas vamos deixar passar desta vez.\n\nAbraços,\nMariana",
    quote=reply_q("pt", "MKT", "2024-10-07 15:30",
                  "Oi Mariana,\n\nA campanha de Black Friday (criativos, anúncios e relatório) sairia por cerca "
                  "de 14 horas a $120 por hora. Quer que a gente comece?\n\nAbraços,\nPriya"),
    decision="decline", note="Brazilian decline ('vamos deixar passar desta vez')")

add(id="r067", lang="pt", firm="VISA", frm=("Rodrigo Alves", "rodrigo.alves@hotmail.com"),
    subject="Re: Visto para minha mãe - orçamento", date=("2024-11-28 20:02", "UT"), fmt="plain",
    new="Olá Tomasz,\n\nEsse valor já inclui as taxas do Home Office?\n\nObrigado,\nRodrigo",
    quote=reply_q("pt", "VISA", "2024-11-28 11:00",
                  "Olá Rodrigo,\n\nA avaliação detalhada do caso da sua mãe e a preparação do pedido de visto de "
                  "dependente adulto custam £2.400. Posso avançar?\n\nAbraço,\nTomasz"),
    decision="unclear", note="Portuguese question about what the fee includes; 'UT' date zone")

REPLIES = R
