# Question emails for round11.  Each dict: id, lang, firm, frm, subject, date, new, sig, fmt, crlf,
# quote, q (key phrases), quoted (subset needing > 5 minutes), note (for CASES.md).
from gen import reply_q, outlook_q, fwd_q

Q = []


def add(**kw):
    kw.setdefault("sig", "")
    kw.setdefault("quoted", [])
    Q.append(kw)


# ====================================================================== ENGLISH
add(id="q001", lang="en", firm="TAX", frm=("Owen Prichard", "owen.prichard@slatebay-joinery.co.uk"),
    subject="hmrc letter", date=("2024-07-08 21:47", "+0100"), fmt="plain",
    new="hi harriet quick one when is my next payment on account due i think its july but not sure, also i got "
        "a letter from hmrc saying i owe a late filing penalty of 100 pounds but i filed on time in january so "
        "can you look into it and appeal it if its wrong ill send a photo of the letter tonight thanks owen",
    sig="Sent from my iPhone",
    q=["when is my next payment on account due", "can you look into it and appeal it"],
    quoted=["can you look into it and appeal it"],
    note="phone mail, one run-on sentence, quick date question + penalty appeal (quoted)")

add(id="q002", lang="en", firm="LAW", frm=("Rebecca Tull", "rebecca@tullandhart-coffee.com"),
    subject="Fwd: Unit 4 Carrow Park - lease renewal", date=("2024-05-14 09:03", "+0100"), fmt="alt",
    new="Daniel,\n\nSee below from the landlord's agent. Can you draft a reply for me? I want to renew, but only "
        "if they agree to cap the rent review at CPI.\n\nAlso, can we have a call on Thursday afternoon?\n\n"
        "Thanks,\nRebecca",
    sig="Rebecca Tull | Operations Director\nTull & Hart Coffee Ltd\nm. 07700 900 318",
    quote=fwd_q("en", "2024-05-13 16:40", "Marcus Feld <m.feld@feldproperty-agents.co.uk>",
                "Unit 4 Carrow Park - lease renewal", "Rebecca Tull <rebecca@tullandhart-coffee.com>",
                "Dear Ms Tull,\n\nAs you know, the current lease of Unit 4 expires on 24 September. Our client "
                "is minded to grant a new 10-year term at a rent of £38,500 per annum with upward-only open "
                "market reviews every five years.\n\nCould you confirm your intentions regarding the renewal by "
                "Friday? Would you also like us to arrange a viewing of the refurbished Unit 6 as an "
                "alternative?\n\nKind regards,\nMarcus Feld\nFeld Property Agents"),
    q=["Can you draft a reply for me", "can we have a call on Thursday afternoon"],
    quoted=["Can you draft a reply for me"],
    note="client note on top of a forward; agent's questions in forwarded text are not the client's")

add(id="q003", lang="en", firm="ARC", frm=("Gavin Metcalfe", "gavin.metcalfe@outlook.com"),
    subject="Monday site meeting", date=("2024-09-13 17:22", "+0100"), fmt="html_cp1252",
    html_style="outlook",
    new="Hi Marit,\n\nA few quick ones before Monday’s site meeting:\n\n- What time are we meeting on site?\n"
        "- Do I need to bring the signed drawings or will you?\n- Is the planning decision still due on the 14th?"
        "\n\nThanks,\nGavin",
    q=["What time are we meeting on site", "Do I need to bring the signed drawings",
       "planning decision still due on the 14th"],
    note="Outlook HTML-only, windows-1252, three quick bullet questions")

add(id="q004", lang="en", firm="MKT", frm=("Naomi Greaves", "naomi@pebblecove-gin.co.uk"),
    subject="Re: Summer banners - final versions", date=("2024-06-21 16:05", "+0100"), fmt="alt",
    new="Thanks Priya, the new banners look great - we've approved them in the portal.\n\nHave a lovely weekend!",
    sig="Naomi Greaves\nBrand Manager, Pebble Cove Gin\n01632 960 477",
    quote=reply_q("en", "MKT", "2024-06-21 11:30",
                  "Hi Naomi,\n\nAttached are the final summer banners in all six sizes. Are you happy with the "
                  "colours on the 300x250 version? If so, could you approve them in the portal so we can send "
                  "them to the media buyer?\n\nBest,\nPriya"),
    q=[], note="thanks/approval only; the firm's questions sit in the quote")

add(id="q005", lang="en", firm="VISA", frm=("Aarav Menon", "aarav.menon@gmail.com"),
    subject="Passport scans + transfer question", date=("2024-04-02 08:16", "+0100"), fmt="plain",
    crlf=True,
    new="Hi Tomasz,\n\nTwo things.\n\nFirst, could you confirm you received my passport scans? I sent them on "
        "Friday.\n\nSecond, my employer has offered me a transfer from the London office to a client site in "
        "Edinburgh for 18 months, with a different job title. Could you look at whether my Skilled Worker visa "
        "covers that or whether I need a new application?\n\nMany thanks,\nAarav",
    q=["could you confirm you received my passport scans", "whether I need a new application"],
    quoted=["whether I need a new application"],
    note="CRLF; quick receipt confirmation + visa-condition research (quoted)")

add(id="q006", lang="en", firm="TAX", frm=("Lydia Comfort", "accounts@comfortfloristry.co.uk"),
    subject="VAT Q2", date=("2024-07-22 10:41", "+0100"), fmt="alt_b64",
    new="Hi Harriet,\n\nI've uploaded the April-June bank statements and the sales spreadsheet to the portal. "
        "Could you prepare the VAT return for Q2 from those?\n\nAnd what is the deadline for submitting it?\n\n"
        "Best wishes,\nLydia",
    sig="Lydia Comfort\nComfort Floristry\nTel 01632 960 212",
    q=["Could you prepare the VAT return for Q2", "what is the deadline for submitting it"],
    quoted=["Could you prepare the VAT return for Q2"],
    note="multipart/alternative base64; VAT return (quoted) + deadline (quick)")

add(id="q007", lang="en", firm="LAW", frm=("Colm Farrelly", "colm@farrellyoptics.ie"),
    subject="licence to assign", date=("2024-03-18 12:02", "+0000"), fmt="ascii",
    new="Has the landlord signed the licence to assign yet?",
    sig="Colm\n\nGet Outlook for Android",
    q=["Has the landlord signed the licence"],
    note="one-line question, no greeting, 7bit")

add(id="q008", lang="en", firm="ARC", frm=("Helen Strand", "helen.strand@btinternet.com"),
    subject="Re: Cladding and budget", date=("2024-10-02 19:12", "+0100"), fmt="plain",
    body="Hi Marit, answers below.\n\n"
         "On Wed, 2 Oct 2024 at 14:05, Marit Vlint <marit@studiovlint-arch.eu> wrote:\n"
         "> Hi Helen and Tom,\n>\n> Before I finalise the stage 3 package I need a few decisions from you:\n>\n"
         "> 1. Do you want the oak or the larch cladding on the garden elevation?\n\n"
         "Larch, please.\n\n"
         "> 2. Can you confirm the budget ceiling for the build, excluding fees?\n\n"
         "£180k absolute max. Could you send me a revised cost plan reflecting the larch before Friday?\n\n"
         "> 3. Are you still happy with the rooflight over the stairs?\n\n"
         "Yes. When can we see the updated 3D views?\n\n"
         ">\n> Thanks,\n> Marit\n>\n> --\n> Marit Vlint RIBA\n> Studio Vlint Architecture\n",
    new="", new_check="Hi Marit, answers below.\nLarch, please.\n£180k absolute max. Could you send me a "
                      "revised cost plan reflecting the larch before Friday?\nYes. When can we see the updated "
                      "3D views?",
    q=["send me a revised cost plan", "When can we see the updated 3D views"],
    quoted=["send me a revised cost plan"],
    note="inline answers between quoted lines; architect's numbered questions are quoted history")

add(id="q009", lang="en", firm="MKT", frm=("Jamie Rourke", "jamie.rourke@tidewell-bikes.com"),
    subject="Holiday cover", date=("2024-07-26 15:30", "+0100"), fmt="qp",
    new="Hi Priya,\n\nJust so you know, I'm off from 3 to 10 August. Kerry will cover approvals while I'm away "
        "(kerry.ash@tidewell-bikes.com).\n\nCheers,\nJamie",
    sig="-- \nJamie Rourke\nMarketing Lead | Tidewell Bikes\n+44 1632 960 555",
    q=[], note="FYI only: holiday cover notice, no request")

add(id="q010", lang="en", firm="VISA", frm=("Chidi Okonkwo", "chidi.okonkwo@icloud.com"),
    subject="URGENT airport", date=("2024-08-19 06:58", "+0200"), fmt="plain",
    new="hey tomasz im at the airport in lisbon and the airline is asking for my BRP which i lost last week "
        "can i still fly back in with just the e-visa share code please call me asap my number is 07700 900412",
    sig="Sent from my iPhone",
    q=["can i still fly back in", "please call me asap"],
    note="urgent phone run-on with a yes/no question and a call request (both quick)")

add(id="q011", lang="en", firm="TAX", frm=("Priscilla Dunmore", "p.dunmore@gmail.com"),
    subject="Fwd: Your ISA transfer is complete", date=("2024-05-03 11:20", "+0100"), fmt="plain",
    new="Harriet - FYI, see below. The bank has confirmed the ISA transfer, so that's one less thing for "
        "the file. Nothing needed from you on this.\n\nP.",
    quote=fwd_q("en", "2024-05-02 14:12", "Harbourline Bank <no-reply@harbourline-bank.co.uk>",
                "Your ISA transfer is complete", "<p.dunmore@gmail.com>",
                "Dear Mrs Dunmore,\n\nWe are pleased to confirm that your Cash ISA transfer of £14,250.00 has "
                "been completed.\n\nWould you like to receive paper statements for your ISA? You can change "
                "your preferences at any time in online banking.\n\nHave a question? Visit our help centre or "
                "call us on 0800 000 0000.\n\nHarbourline Bank"),
    q=[], note="forward with FYI note; bank's questions in forwarded text are not the client's")

add(id="q012", lang="en", firm="LAW", frm=("Imogen Patel", "imogen.patel@brightwick-bakery.co.uk"),
    subject="Heads of terms - Carrow Park unit 9", date=("2024-02-27 14:33", "+0000"), fmt="html",
    new="Hi Daniel,\n\nWe've received the landlord's draft heads of terms for unit 9 at Carrow Park (attached). "
        "Could you review them and flag anything unusual before we sign?\n\nAlso, is your office open on the "
        "bank holiday Monday? I may want to drop the signed forms round.\n\nKind regards,\nImogen",
    sig="Imogen Patel\nFinance Director\nBrightwick Bakery Ltd\nT: 01632 960 803",
    q=["Could you review them and flag anything unusual", "your office open on the bank holiday"],
    quoted=["Could you review them and flag anything unusual"],
    note="Gmail HTML-only; document review (quoted) + opening hours (quick)")

add(id="q013", lang="en", firm="ARC", frm=("Fiona Baird", "fiona.baird77@gmail.com"),
    subject="Planning officer visit", date=("2024-05-06 07:49", "GMT"), fmt="html_b64",
    new="Hi Marit,\n\nIs the planning officer's site visit still on for Tuesday?\n\nAnd do you need the "
        "neighbours' contact details from me?\n\nThanks!\nFiona",
    q=["site visit still on for Tuesday", "do you need the neighbours"],
    note="HTML-only base64, GMT date, two quick questions")

add(id="q014", lang="en", firm="MKT", frm=("Stuart Lamont", "stuart@ledgerlyapp.com"),
    subject="LinkedIn campaign + July report", date=("2024-08-05 09:12", "+0100"), fmt="alt",
    html_style="outlook",
    new="Morning Priya,\n\nWe're launching Ledgerly Pro in October. Can you put together a proposal for a "
        "three-month LinkedIn campaign around the launch? Budget is roughly £8k including ad spend.\n\n"
        "Separately, could you resend the July performance report? I can't find it anywhere.\n\nThanks,\nStuart",
    sig="Stuart Lamont\nHead of Growth, Ledgerly\n+44 20 7946 0321",
    q=["a proposal for a three-month LinkedIn campaign", "could you resend the July performance report"],
    quoted=["a proposal for a three-month LinkedIn campaign"],
    note="Outlook multipart; campaign proposal (quoted) + resend report (quick)")

add(id="q015", lang="en", firm="VISA", frm=("Yuki Tanabe", "yuki.tanabe@protonmail.com"),
    subject="Re: Decision received", date=("2024-06-11 22:14", "+0100"), fmt="plain", crlf=True,
    new="Dear Tomasz,\n\nThe decision letter arrived this morning - visa granted! I honestly can't thank you "
        "enough for all your help over the last few months.\n\nHow was your holiday, by the way? Hope you got "
        "some sun.\n\nWarm regards,\nYuki",
    quote=reply_q("en", "VISA", "2024-06-10 09:00",
                  "Dear Yuki,\n\nThe Home Office has issued a decision and it should reach you by email today. "
                  "Could you let me know once you have it?\n\nBest regards,\nTomasz Brandt"),
    q=[], note="thanks + small-talk question only; CRLF")

add(id="q016", lang="en", firm="TAX", frm=("Ben Achterberg", "ben.achterberg@gmail.com"),
    subject="few things", date=("2024-04-29 08:03", "+0100"), fmt="plain",
    new="Morning Harriet,\n\n1) Did you get my P60?\n2) Can I still use the flat rate for working from home "
        "this year?\n3) What date is our review meeting?\n\nCheers\nBen",
    q=["Did you get my P60", "use the flat rate for working from home", "What date is our review meeting"],
    note="numbered list of three quick questions")

add(id="q017", lang="en", firm="LAW", frm=("Sophie Lindqvist", "s.lindqvist@norrfield-interiors.co.uk"),
    subject="RE: Rent deposit deed - Unit 2B", date=("2024-09-24 17:48", "+0100"), fmt="alt",
    html_style="outlook",
    new="Thanks Daniel, all clear now. Speak soon.",
    sig="Sophie Lindqvist\nNorrfield Interiors Ltd\nTel: 01632 960 145",
    quote=outlook_q("en", "LAW", "2024-09-24 15:02", "Sophie Lindqvist <s.lindqvist@norrfield-interiors.co.uk>",
                    "RE: Rent deposit deed - Unit 2B",
                    "Sophie,\n\nThe deposit of £9,600 is held in a designated account and is released at the "
                    "end of the term, less any arrears or dilapidations. Does that answer your question?\n\n"
                    "Daniel\n\n"
                    "From: Sophie Lindqvist <s.lindqvist@norrfield-interiors.co.uk>\nSent: Tuesday, September "
                    "24, 2024 11:17 AM\nTo: Daniel Okafor-Reyes <d.okafor-reyes@barrowgate-law.com>\nSubject: "
                    "Rent deposit deed - Unit 2B\n\nHi Daniel,\n\nCan you remind me how the rent deposit works? "
                    "Do we get it back at the end of the lease, or can they keep it?\n\nThanks,\nSophie"),
    q=[], note="'all clear' thank-you on top of a long Outlook thread full of questions")

add(id="q018", lang="en", firm="ARC", frm=("Rashid and Claire Osei", "osei.household@gmail.com"),
    subject="Loft dormer", date=("2024-11-04 20:31", "+0000"), fmt="plain",
    new="Hi Marit,\n\nWe've been talking and we'd like to add a rear dormer to the loft after all.\n\nCould you "
        "update the section and elevation drawings to include it? We'd also like to know whether it would "
        "still fall under permitted development, given the extension we already did in 2019.\n\nOh, and is "
        "Thursday OK for the measured survey of the loft?\n\nBest,\nRashid & Claire",
    q=["update the section and elevation drawings", "still fall under permitted development",
       "is Thursday OK for the measured survey"],
    quoted=["update the section and elevation drawings", "still fall under permitted development"],
    note="two pieces of work (drawings, permitted-development check) + a quick date question")

add(id="q019", lang="en", firm="MKT", frm=("Sam Okoye", "sam@brackenroast.com"),
    subject="newsletter", date=("2024-03-12 10:58", "+0000"), fmt="ascii",
    new="did the newsletter go out this morning?",
    sig="-- Sam",
    q=["did the newsletter go out this morning"],
    note="lower-case one-liner, no greeting")

add(id="q020", lang="en", firm="VISA", frm=("Karen Whitlow", "karen.whitlow@quayside-robotics.com"),
    subject="FW: New starter - Ana Ruiz", date=("2024-07-01 13:25", "+0100"), fmt="alt",
    html_style="outlook",
    new="Tomasz,\n\nHR sent me this. Can you prepare the sponsorship paperwork for our new hire, Ana Ruiz? "
        "She's a Brazilian national and the signed offer letter is attached.\n\nWhat documents will you need "
        "from her?\n\nKaren",
    sig="Karen Whitlow | Engineering Manager\nQuayside Robotics Ltd | 0161 496 0733",
    quote=outlook_q("en", "VISA", "2024-07-01 11:02", "Karen Whitlow <karen.whitlow@quayside-robotics.com>",
                    "New starter - Ana Ruiz",
                    "Hi Karen,\n\nAna has accepted the offer for the Robotics Engineer role. Could you let us "
                    "know her earliest possible start date? And will she need a laptop from IT on day one?\n\n"
                    "Thanks,\nDeepa (People Team)",
                    who=("Deepa Raman", "deepa.raman@quayside-robotics.com")),
    q=["Can you prepare the sponsorship paperwork", "What documents will you need from her"],
    quoted=["Can you prepare the sponsorship paperwork"],
    note="Outlook forward (FW:) with note on top; HR's questions below are someone else's")

add(id="q021", lang="en", firm="TAX", frm=("Graham Tolley", "graham@tolleyplumbing.co.uk"),
    subject="INV-2231", date=("2024-06-28 16:44", "+0100"), fmt="html_cp1252", html_style="outlook",
    new="Hi,\n\nPayment sent today for invoice INV-2231. Could you send me a receipt for our records?\n\n"
        "Regards,\nGraham",
    sig="Graham Tolley\nTolley Plumbing & Heating\n07700 900 651",
    q=["Could you send me a receipt"],
    note="payment notice + one quick request; Outlook HTML windows-1252")

add(id="q022", lang="en", firm="LAW", frm=("Declan Moore", "declan.moore@moorefitness.co.uk"),
    subject="couple of quick ones", date=("2024-01-16 09:37", "+0000"), fmt="qp",
    new="Hi Daniel,\n\nCouple of quick ones:\n\n- Did the landlord's solicitor come back on the service charge "
        "cap?\n- Are you free for a call at 3pm tomorrow?\n- Can you send me the completion statement again?\n\n"
        "Cheers,\nDeclan",
    q=["come back on the service charge cap", "Are you free for a call at 3pm", "send me the completion statement again"],
    note="three quick questions as dashes, quoted-printable")

add(id="q023", lang="en", firm="ARC", frm=("Pete Harlow", "pete.harlow@harlowbuild.co.uk"),
    subject="beam", date=("2024-10-15 07:12", "+0100"), fmt="plain",
    new="marit the builder says the steel beam spec on drawing 204 is undersized for the new span and wants "
        "a revised calc before friday can you sort that with the engineer also are you coming to site on wed",
    sig="Sent from my iPhone",
    q=["can you sort that with the engineer", "are you coming to site on wed"],
    quoted=["can you sort that with the engineer"],
    note="phone run-on; structural recalculation with engineer (quoted) + site visit (quick)")

add(id="q024", lang="en", firm="MKT", frm=("Alicia Bram", "alicia.bram@fennick-studio.com"),
    subject="Re: Landing page concept", date=("2024-09-09 12:20", "-0400"), fmt="alt",
    new="Priya,\n\nThe client loved the concept. Next step: could you draft the copy for the five landing pages "
        "by the end of the month?\n\nQuick question too - is the June invoice sent to me or to our finance team?"
        "\n\nBest,\nAlicia",
    sig="Alicia Bram\nFennick Studio, New York\n+1 212 555 0147",
    quote=reply_q("en", "MKT", "2024-09-06 17:45",
                  "Hi Alicia,\n\nHere is the landing page concept for the autumn range. Let us know what the "
                  "client thinks!\n\nPriya"),
    q=["draft the copy for the five landing pages", "is the June invoice sent to me"],
    quoted=["draft the copy for the five landing pages"],
    note="US client, -0400; copywriting (quoted) + invoice routing (quick)")

add(id="q025", lang="en", firm="VISA", frm=("Mei Lin Chua", "meilin.chua@yahoo.com"),
    subject="biometrics", date=("2024-02-05 18:09", "+0800"), fmt="plain",
    new="Hi,\n\n1. Has my biometrics appointment been booked?\n2. Do I need to bring my original degree "
        "certificate?\n\nThanks,\nMei Lin",
    q=["Has my biometrics appointment been booked", "bring my original degree certificate"],
    note="two quick numbered questions, +0800 zone")

add(id="q026", lang="en", firm="TAX", frm=("Martin Okafor", "martin.okafor@hotmail.co.uk"),
    subject="Documents for 2023/24", date=("2024-09-02 19:55", "+0100"), fmt="plain", crlf=True,
    new="Hi Harriet,\n\nI dropped the envelope with my dividend vouchers and the rental statements at your "
        "office this afternoon.\n\nMy wife asked whether she should register for self assessment too, but "
        "we'll talk about that when we meet in October. For now, could you just confirm receipt of the "
        "documents?\n\nThanks,\nMartin",
    q=["could you just confirm receipt of the documents"],
    note="reported question explicitly deferred (not asked now) + one quick request; CRLF")

add(id="q027", lang="en", firm="LAW", frm=("Harriet Vance", "h.vance@vanceoptometry.co.uk"),
    subject="RE: Engrossed lease", date=("2024-04-10 11:06", "+0100"), fmt="alt", html_style="outlook",
    new="Noted, thanks. We'll sign on Friday.",
    sig="Harriet Vance\nVance Optometry Ltd\n\nThis email and any attachments are confidential and intended "
        "solely for the addressee. If you have received this email in error, could you please notify the sender "
        "and delete it? Vance Optometry Ltd, registered in England No. 08812345.",
    quote=outlook_q("en", "LAW", "2024-04-10 09:30", "Harriet Vance <h.vance@vanceoptometry.co.uk>",
                    "Engrossed lease",
                    "Dear Harriet,\n\nThe engrossed lease is attached for signature. Can you confirm when you "
                    "will be able to sign?\n\nKind regards,\nDaniel", old=True),
    q=[], note="confirmation only; disclaimer contains a question; old-style Original Message block")

add(id="q028", lang="en", firm="ARC", frm=("Tobias Wren", "tobias.wren@wrenfamily.me"),
    subject="Old survey for 12 Linden Road", date=("2024-08-14 13:40", "+0100"), fmt="alt_8bit",
    new="Hello Marit,\n\nPlease find attached the structural survey the previous owner commissioned in 2021.\n\n"
        "Could you review it and let us know if a two-storey side extension is feasible on that footprint?\n\n"
        "Also, can we meet at your studio next week?\n\nKind regards,\nTobias Wren",
    q=["Could you review it and let us know", "can we meet at your studio next week"],
    quoted=["Could you review it and let us know"],
    note="review of survey + feasibility (quoted) and meeting request (quick)")

add(id="q029", lang="en", firm="MKT", frm=("Erin Calloway", "erin@calloway-ceramics.co.uk"),
    subject="Re: Product shoot", date=("2024-05-20 10:14", "+0100"), fmt="plain",
    new="Sounds good. Could we move the shoot to the 12th? Tom can't do the 9th.\n\nErin",
    quote=reply_q("en", "MKT", "2024-05-17 16:20",
                  "Hi Erin,\n\nWe've booked the studio for the product shoot on 9 June from 10am. The "
                  "photographer will need the pieces by the 7th. Does that work for you?\n\nPriya\n\n"
                  "On Thu, 16 May 2024 at 09:41, Erin Calloway <erin@calloway-ceramics.co.uk> wrote:\n"
                  "> Hi Priya, when can we do the shoot for the new glazes?\n> Erin",
                  style="apple", position="bottom"),
    q=["Could we move the shoot to the 12th"],
    note="bottom-posted answer below a two-level quote")

add(id="q030", lang="en", firm="VISA", frm=("Lewis Grant", "lewisgrant.photo@gmail.com"),
    subject="Unmarried partner visa", date=("2024-03-27 21:02", "+0000"), fmt="html",
    new="Hi there,\n\nMy partner Sofia is Argentinian and we have lived together in Manchester for three years, "
        "but we are not married. Could you assess whether we would qualify for an unmarried partner visa? I can "
        "send our tenancy agreements and joint bank statements.\n\nAlso, do you offer video consultations?\n\n"
        "Many thanks,\nLewis Grant",
    q=["qualify for an unmarried partner visa", "do you offer video consultations"],
    quoted=["qualify for an unmarried partner visa"],
    note="eligibility assessment (quoted) + quick service question; Gmail HTML-only")


# ====================================================================== GERMAN
add(id="q031", lang="de", firm="TAX", frm=("Jens Albrecht", "jens.albrecht@web.de"),
    subject="Steuererklärung 2023 / Rechnung März", date=("2024-04-15 08:51", "+0200"), fmt="latin1qp",
    new="Hallo Frau Quillon,\n\nkurze Frage: Bis wann muss die Steuererklärung für 2023 eigentlich abgegeben "
        "werden, wenn Sie die für mich machen?\n\nUnd könnten Sie mir die Rechnung vom März nochmal schicken? "
        "Die ist irgendwie im Spam gelandet.\n\nViele Grüße\nJens Albrecht",
    q=["Bis wann muss die Steuererklärung für 2023", "Rechnung vom März nochmal schicken"],
    note="German, ISO-8859-1 quoted-printable, two quick questions")

add(id="q032", lang="de", firm="LAW", frm=("Matthias Brenner", "m.brenner@brenner-feinkost.de"),
    subject="Re: Lease - Unit 7 Harbour Arcade", date=("2024-06-12 18:40", "+0200"), fmt="plain",
    new="Wann bekomme ich den unterschriebenen Mietvertrag zurück?",
    sig="Von meinem iPhone gesendet",
    quote=reply_q("en", "LAW", "2024-06-10 12:15",
                  "Dear Mr Brenner,\n\nThe landlord's solicitors have confirmed that their client will sign the "
                  "lease this week. As soon as we receive the signed counterpart I will send it to you with a "
                  "short completion report.\n\nDo let me know if you have any questions in the meantime.\n\n"
                  "Kind regards,\nDaniel Okafor-Reyes\nBarrowgate Lease Law LLP\n\n"
                  "On Fri, 7 Jun 2024 at 09:02, Matthias Brenner <m.brenner@brenner-feinkost.de> wrote:\n"
                  "> Dear Mr Okafor-Reyes,\n> could you tell me when the landlord will sign?\n> Best regards\n"
                  "> Matthias Brenner",
                  style="apple"),
    q=["Wann bekomme ich den unterschriebenen Mietvertrag"],
    note="one German line on top of an English thread: reply language is German")

add(id="q033", lang="de", firm="ARC", frm=("Sabine Reuter", "sabine.reuter@t-online.de"),
    subject="Variante B", date=("2024-03-05 21:17", "+0100"), fmt="latin1",
    new="Hallo Marit,\n\nwir haben uns nach langem Hin und Her für Variante B entschieden (Küche zum Garten hin). "
        "Könnten Sie bitte die Grundrisse entsprechend überarbeiten?\n\nAußerdem: Ist der Termin am Donnerstag "
        "um 10 Uhr noch aktuell?\n\nBeste Grüße\nSabine und Olaf Reuter",
    sig="--\nSabine Reuter\nLindenstraße 14, 50674 Köln\nTel. 0221 987 6543",
    q=["die Grundrisse entsprechend überarbeiten", "Termin am Donnerstag um 10 Uhr"],
    quoted=["die Grundrisse entsprechend überarbeiten"],
    note="German 8-bit Latin-1; revise floor plans (quoted) + appointment (quick)")

add(id="q034", lang="de", firm="MKT", frm=("Markus Endres", "markus@endres-radsport.de"),
    subject="call morgen", date=("2024-11-19 17:03", "+0100"), fmt="plain",
    new="hallo priya kurze info wir haben morgen doch keine zeit für den call können wir auf freitag schieben "
        "und habt ihr die neuen logos schon bekommen die hat unser grafiker gestern geschickt\nlg markus",
    sig="Von meinem iPhone gesendet",
    q=["können wir auf freitag schieben", "habt ihr die neuen logos schon bekommen"],
    note="German phone mail, no punctuation, two quick questions")

add(id="q035", lang="de", firm="VISA", frm=("Katrin Möller", "katrin.moeller@gmx.de"),
    subject="AW: Originalunterlagen", date=("2024-02-20 14:28", "+0100"), fmt="alt_latin1",
    html_style="outlook",
    new="Sehr geehrter Herr Brandt,\n\nvielen Dank für die schnelle Hilfe! Die Unterlagen sind heute per "
        "Einschreiben rausgegangen.\n\nMit freundlichen Grüßen\nKatrin Möller",
    quote=outlook_q("de", "VISA", "2024-02-19 10:05", "Katrin Möller <katrin.moeller@gmx.de>",
                    "Originalunterlagen",
                    "Sehr geehrte Frau Möller,\n\nfür den Antrag benötigen wir Ihre Geburtsurkunde im Original. "
                    "Könnten Sie uns diese per Einschreiben zusenden? Haben Sie außerdem noch die alte "
                    "Aufenthaltserlaubnis?\n\nMit freundlichen Grüßen\nTomasz Brandt"),
    q=[], note="German thanks/confirmation only; firm's questions in Outlook quote")

add(id="q036", lang="de", firm="TAX", frm=("Uwe Hartkopf", "uwe.hartkopf@hartkopf-metall.de"),
    subject="Re: Draft accounts 2023", date=("2024-05-29 07:31", "+0200"), fmt="qp",
    new="Danke, passt so.",
    sig="Uwe Hartkopf\nGeschäftsführer\nHartkopf Metallbau GmbH",
    quote=reply_q("en", "TAX", "2024-05-28 16:50",
                  "Dear Uwe,\n\nPlease find attached the draft accounts for 2023. I have included the "
                  "depreciation adjustment we discussed. Could you check the stock figure on page 4 and let me "
                  "know if it is correct?\n\nKind regards,\nHarriet"),
    q=[], note="one short German line ('fine like that') under an English quote that asks a question: nothing to answer")


# ====================================================================== FRENCH
add(id="q037", lang="fr", firm="TAX", frm=("Claire Dumoulin", "claire.dumoulin@orange.fr"),
    subject="Déclaration 2023 et acompte", date=("2024-11-12 09:26", "+0100"), fmt="cp1252qp",
    new="Bonjour Madame Quillon,\n\nJe me permets de revenir vers vous au sujet de ma déclaration de revenus "
        "2023. Pourriez-vous me dire où en est le dossier ?\n\nPar ailleurs, pourriez-vous calculer le montant "
        "de l’acompte à verser en janvier à partir des chiffres que je vous ai transmis la semaine dernière ?"
        "\n\nJe vous remercie par avance.\n\nBien cordialement,\nClaire Dumoulin",
    q=["me dire où en est le dossier", "acompte à verser en janvier"],
    quoted=["acompte à verser en janvier"],
    note="French windows-1252 QP with typographic apostrophe; status (quick) + calculation (quoted)")

add(id="q038", lang="fr", firm="LAW", frm=("Hugo Lefèvre", "hugo.lefevre@boulangerie-lefevre.fr"),
    subject="Bail 14 rue des Tanneurs", date=("2024-01-30 12:47", "+0100"), fmt="plain",
    new="Le bail a-t-il bien été signé par le bailleur ?",
    sig="Envoyé de mon iPhone",
    q=["bien été signé par le bailleur"],
    note="French one-line question with inverted verb, no greeting")

add(id="q039", lang="fr", firm="ARC", frm=("Antoine Girard", "antoine.girard@free.fr"),
    subject="Fwd: Permis de construire - pièces complémentaires", date=("2024-04-23 18:05", "+0200"),
    fmt="alt",
    new="Bonjour Marit,\n\nCi-dessous le courrier de la mairie. Pouvez-vous préparer les pièces complémentaires "
        "qu’ils demandent (plan de masse et notice paysagère) ?\n\nEt savez-vous combien de temps ils ont pour "
        "instruire le dossier ensuite ?\n\nMerci,\nAntoine",
    quote=fwd_q("fr", "2024-04-22 11:30", "Service Urbanisme <urbanisme@saint-aubin-sur-loire.fr>",
                "Permis de construire PC 044 123 24 A0012 - pièces complémentaires",
                "antoine.girard@free.fr",
                "Monsieur,\n\nAprès examen de votre demande de permis de construire, il apparaît que le dossier "
                "est incomplet. Pouvez-vous nous transmettre les pièces suivantes dans un délai de trois mois ?\n"
                "- PC2 : plan de masse coté\n- PC4 : notice décrivant le terrain et le projet\n\nLe délai "
                "d'instruction ne court qu'à compter de la réception des pièces manquantes.\n\nLe service "
                "urbanisme"),
    q=["Pouvez-vous préparer les pièces complémentaires", "combien de temps ils ont pour instruire"],
    quoted=["Pouvez-vous préparer les pièces complémentaires"],
    note="French forward from the town hall with client's note; town hall's question is not the client's")

add(id="q040", lang="fr", firm="MKT", frm=("Élodie Marchand", "elodie@atelier-marchand.fr"),
    subject="Petites questions", date=("2024-06-27 15:12", "+0200"), fmt="html",
    new="Bonjour Priya,\n\nQuelques petites questions :\n– La campagne Instagram démarre bien lundi ?\n– Avez-vous "
        "reçu nos photos produits ?\n– Qui sera notre interlocuteur pendant vos congés ?\n\nMerci d’avance !\n"
        "Élodie",
    sig="Élodie Marchand\nAtelier Marchand – Céramiques\n06 12 34 56 78",
    q=["La campagne Instagram démarre bien lundi", "Avez-vous reçu nos photos produits",
       "Qui sera notre interlocuteur pendant vos congés"],
    note="French HTML-only, three quick questions with en-dashes, statement-form question")

add(id="q041", lang="fr", firm="VISA", frm=("Karim Benali", "karim.benali@laposte.net"),
    subject="titre de séjour", date=("2024-03-03 23:41", "+0100"), fmt="latin1",
    new="Bonjour, mon titre de séjour expire le 30 juin, est-ce que je peux voyager en mai avec le récépissé ? "
        "Merci\nKarim",
    sig="Envoyé de mon iPhone",
    q=["est-ce que je peux voyager en mai"],
    note="French phone mail, Latin-1 8-bit, single quick question")


# ====================================================================== SPANISH
add(id="q042", lang="es", firm="TAX", frm=("Javier Ortega", "javi.ortega@gmail.com"),
    subject="carta hacienda 720", date=("2024-03-21 13:55", "+0100"), fmt="plain",
    new="hola harriet te escribo rapido desde el movil, me ha llegado una carta de hacienda pidiendo el modelo "
        "720 y no se si lo tengo que presentar, puedes mirar si estoy obligado con los datos de las cuentas que "
        "te mande en marzo y de paso dime cuando tenemos la reunion\nun abrazo\nJavi",
    sig="Enviado desde mi móvil",
    q=["puedes mirar si estoy obligado", "dime cuando tenemos la reunion"],
    quoted=["puedes mirar si estoy obligado"],
    note="Spanish phone run-on without accents; obligation check with figures (quoted) + meeting date (quick)")

add(id="q043", lang="es", firm="LAW", frm=("Carmen Villalobos", "carmen@villalobos-moda.es"),
    subject="Re: Lease extension - Unit 3", date=("2024-07-09 10:20", "+0200"), fmt="alt_8bit",
    new="¿Ya ha firmado el arrendador la prórroga?",
    sig="Carmen Villalobos\nVillalobos Moda S.L.",
    quote=reply_q("en", "LAW", "2024-07-02 15:48",
                  "Dear Carmen,\n\nI have sent the agreed deed of variation extending the lease to 2029 to the "
                  "landlord's solicitors for signature. I will let you know as soon as it comes back.\n\n"
                  "Best regards,\nDaniel"),
    q=["Ya ha firmado el arrendador la prórroga"],
    note="one Spanish line with ¿…? on top of an English quote")

add(id="q044", lang="es", firm="ARC", frm=("Lucía Ferrer", "lucia.ferrer@hotmail.es"),
    subject="Fotos fachada y terraza", date=("2024-05-16 19:33", "+0200"), fmt="latin1qp",
    new="Hola Marit:\n\nTe adjunto las fotos de la fachada. ¿Podrías preparar un estudio de soleamiento para la "
        "terraza nueva?\n\nY otra cosa, ¿la visita de obra sigue siendo el jueves?\n\nUn saludo,\nLucía Ferrer",
    q=["preparar un estudio de soleamiento", "la visita de obra sigue siendo el jueves"],
    quoted=["preparar un estudio de soleamiento"],
    note="Spanish Latin-1 QP; sun study (quoted) + site visit date (quick)")

add(id="q045", lang="es", firm="MKT", frm=("Diego Sanz", "diego.sanz@olivarsanz.com"),
    subject="Re: Propuesta de campaña otoño", date=("2024-09-18 12:02", "+0200"), fmt="plain",
    new="Perfecto, muchas gracias. Lo reviso con el equipo y os digo algo.\n\nSaludos,\nDiego",
    quote=reply_q("es", "MKT", "2024-09-17 17:10",
                  "Hola Diego:\n\nOs adjunto la propuesta para la campaña de otoño, con tres opciones de "
                  "presupuesto. ¿Qué os parece? ¿Preferís empezar en octubre o en noviembre?\n\nUn saludo,\n"
                  "Priya"),
    q=[], note="Spanish acknowledgement only; agency's questions are in the quote")

add(id="q046", lang="es", firm="VISA", frm=("Marta Quiroga", "marta.quiroga@yahoo.es"),
    subject="dudas", date=("2024-10-07 08:44", "+0200"), fmt="plain",
    new="Buenas, dos dudas rápidas: ¿hace falta traducción jurada del certificado de antecedentes penales? ¿y "
        "cuánto tarda más o menos la resolución?\nGracias\nMarta",
    q=["hace falta traducción jurada del certificado", "cuánto tarda más o menos la resolución"],
    note="Spanish, two quick questions on one line, second starts lower-case with ¿y")

add(id="q047", lang="es", firm="MKT", frm=("Rocío Peña", "rocio.pena@bodegaspena.es"),
    subject="RE: Presupuesto vídeo corporativo", date=("2024-02-13 11:09", "+0100"), fmt="alt",
    html_style="outlook",
    new="¿Me reenvías el presupuesto firmado?",
    sig="Rocío Peña\nDirectora de Marketing\nBodegas Peña\nTel. 941 123 456",
    quote=outlook_q("es", "MKT", "2024-02-12 09:55", "Rocío Peña <rocio.pena@bodegaspena.es>",
                    "RE: Presupuesto vídeo corporativo",
                    "Hola Rocío:\n\nYa tenemos el presupuesto firmado por las dos partes. Empezamos el rodaje "
                    "el 4 de marzo.\n\nUn abrazo,\nPriya\n\n"
                    "De: Rocío Peña <rocio.pena@bodegaspena.es>\nEnviado el: viernes, 9 de febrero de 2024 "
                    "13:20\nPara: Priya Castellano <priya@loudfern-marketing.com>\nAsunto: Presupuesto vídeo "
                    "corporativo\n\nHola Priya, te devuelvo el presupuesto firmado. ¿Cuándo podéis empezar?\n"
                    "Rocío"),
    q=["Me reenvías el presupuesto firmado"],
    note="one Spanish line on top of a long Outlook thread; old question in thread not counted")


# ====================================================================== DUTCH
add(id="q048", lang="nl", firm="TAX", frm=("Sanne Verbeek", "sanne.verbeek@ziggo.nl"),
    subject="Aangifte 2023", date=("2024-03-11 20:08", "+0100"), fmt="qp",
    new="Hoi Harriet,\n\nKun je de aangifte inkomstenbelasting 2023 voor ons voorbereiden? De jaaropgaven en de "
        "WOZ-beschikking staan in de portal.\n\nNog een vraagje: klopt het dat de deadline 1 mei is?\n\n"
        "Groetjes,\nSanne",
    q=["de aangifte inkomstenbelasting 2023 voor ons voorbereiden", "klopt het dat de deadline 1 mei is"],
    quoted=["de aangifte inkomstenbelasting 2023 voor ons voorbereiden"],
    note="Dutch; prepare return (quoted) + deadline check (quick)")

add(id="q049", lang="nl", firm="LAW", frm=("Ruud Kamphuis", "ruud@kamphuis-fietsen.nl"),
    subject="huurovereenkomst", date=("2024-08-27 16:36", "+0200"), fmt="plain",
    new="Is de huurovereenkomst al getekend retour gekomen?",
    sig="Ruud Kamphuis\nKamphuis Fietsen\n06-12345678",
    q=["Is de huurovereenkomst al getekend"],
    note="Dutch one-line status question, no greeting")

add(id="q050", lang="nl", firm="ARC", frm=("Joost van Dijk", "joostvandijk@kpnmail.nl"),
    subject="tekening gevel", date=("2024-06-04 10:52", "+0200"), fmt="plain",
    new="hoi marit ik sta nu op de bouw en de aannemer heeft de nieuwe geveltekening nodig kun je die vandaag "
        "nog mailen en wanneer kom je weer langs want er zijn wat vragen over de kozijnen\ngr joost",
    sig="Verstuurd vanaf mijn iPhone",
    q=["kun je die vandaag nog mailen", "wanneer kom je weer langs"],
    note="Dutch phone run-on; resend drawing + visit date (both quick)")

add(id="q051", lang="nl", firm="MKT", frm=("Pieter de Haan", "p.dehaan@dehaan-installatietechniek.nl"),
    subject="Contentkalender Q4", date=("2024-08-30 09:15", "+0200"), fmt="alt_cp1252", html_style="outlook",
    new="Beste Priya,\n\nZouden jullie een contentkalender voor Q4 kunnen opstellen, inclusief de acties rond "
        "Sinterklaas en kerst?\n\nVerder vroeg ik me af of de factuur van augustus al verstuurd is.\n\n"
        "Met vriendelijke groet,\nPieter de Haan",
    sig="Pieter de Haan | Commercieel directeur\nDe Haan Installatietechniek B.V.\nT 030 123 4567\n\n"
        "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Heeft u dit bericht per abuis "
        "ontvangen? Dan verzoeken wij u de afzender te informeren en het bericht te verwijderen.",
    q=["een contentkalender voor Q4 kunnen opstellen", "of de factuur van augustus al verstuurd is"],
    quoted=["een contentkalender voor Q4 kunnen opstellen"],
    note="Dutch Outlook cp1252; content calendar (quoted) + indirect invoice question; Dutch disclaimer with a question")

add(id="q052", lang="nl", firm="VISA", frm=("Femke Brouwer", "femke.brouwer@gmail.com"),
    subject="Re: Documenten ontvangen?", date=("2024-05-24 17:59", "+0200"), fmt="html",
    new="Dank je wel, de documenten zijn in goede orde ontvangen. Fijn weekend!\n\nGroet,\nFemke",
    quote=reply_q("nl", "VISA", "2024-05-23 14:02",
                  "Hoi Femke,\n\nIk heb vandaag de gelegaliseerde documenten naar je verstuurd. Laat je weten of "
                  "ze goed zijn aangekomen? Heb je verder nog vragen over de afspraak op het consulaat?\n\n"
                  "Groet,\nTomasz"),
    q=[], note="Dutch thanks only in Gmail HTML; consultant's questions in blockquote")


# ====================================================================== ITALIAN
add(id="q053", lang="it", firm="TAX", frm=("Alessandro Conti", "alessandro.conti@libero.it"),
    subject="Re: Self assessment 2023/24 submitted", date=("2024-12-03 19:26", "+0100"), fmt="plain",
    new="Quando devo pagare il saldo?",
    sig="Inviato da iPhone",
    quote=reply_q("it", "TAX", "2024-12-02 11:40",
                  "Dear Alessandro,\n\nI have submitted your 2023/24 self assessment return today. The balancing "
                  "payment is £2,418.60 and your first payment on account for 2024/25 is £1,209.30. I attach "
                  "the calculation.\n\nKind regards,\nHarriet Quillon\n\n"
                  "Il giorno ven 29 nov 2024 alle ore 08:12 Alessandro Conti <alessandro.conti@libero.it> ha "
                  "scritto:\n> Dear Harriet, I approve the return, please submit.\n> Alessandro"),
    q=["Quando devo pagare il saldo"],
    note="one Italian line on top of English thread with Italian quote header")

add(id="q054", lang="it", firm="LAW", frm=("Giulia Ferraresi", "g.ferraresi@ferraresi-ottica.it"),
    subject="Bozza contratto di locazione negozio", date=("2024-10-21 11:03", "+0200"), fmt="latin1qp",
    new="Buongiorno Avvocato,\n\nin allegato la bozza del contratto di locazione che ci ha mandato il proprietario "
        "del negozio. Potrebbe esaminarla e indicarci le clausole da rinegoziare?\n\nInoltre, mi conferma "
        "l'appuntamento di martedì alle 15?\n\nCordiali saluti,\nGiulia Ferraresi",
    sig="Dott.ssa Giulia Ferraresi\nFerraresi Ottica S.r.l.\nTel. 051 123 4567\n\n"
        "Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al "
        "destinatario. Se ha ricevuto questa e-mail per errore, La preghiamo di informarci immediatamente e "
        "di cancellarla.",
    q=["Potrebbe esaminarla e indicarci le clausole", "appuntamento di martedì alle 15"],
    quoted=["Potrebbe esaminarla e indicarci le clausole"],
    note="Italian Latin-1 QP; lease review (quoted) + appointment (quick); Italian disclaimer")

add(id="q055", lang="it", firm="ARC", frm=("Luca Bernardi", "luca.bernardi@gmail.com"),
    subject="sopralluogo", date=("2024-09-25 07:38", "+0200"), fmt="plain",
    new="Ciao Marit, ti scrivo al volo: il sopralluogo è confermato per venerdì? devo portare io le chiavi del "
        "cantiere? e le tavole aggiornate quando arrivano?\ngrazie\nLuca",
    sig="Inviato da iPhone",
    q=["il sopralluogo è confermato per venerdì", "devo portare io le chiavi del cantiere",
       "le tavole aggiornate quando arrivano"],
    note="Italian phone mail, three quick questions, lower case after question marks")

add(id="q056", lang="it", firm="MKT", frm=("Francesca Riva", "francesca.riva@rivadesign.it"),
    subject="I: Bozze cataloghi", date=("2024-04-05 16:22", "+0200"), fmt="alt", html_style="outlook",
    new="Priya, ti giro la mail della tipografia. Puoi rispondere tu per le quantità? Io sono fuori fino a "
        "lunedì.\n\nFrancesca",
    quote=fwd_q("it", "2024-04-05 12:10", "Tipografia Lunardi <ordini@tipografialunardi.it>",
                "Bozze cataloghi", "Francesca Riva <francesca.riva@rivadesign.it>",
                "Buongiorno,\n\nin allegato le bozze dei cataloghi primavera. Ci confermate le quantità (2.000 o "
                "3.000 copie)? Preferite la carta opaca o lucida?\n\nCordiali saluti,\nTipografia Lunardi"),
    q=["Puoi rispondere tu per le quantità"],
    note="Italian forward; client asks the agency to answer the printer: one question, the printer's own are not counted")

add(id="q057", lang="it", firm="VISA", frm=("Davide Esposito", "davide.esposito@outlook.it"),
    subject="permesso", date=("2024-01-22 12:14", "+0100"), fmt="b64",
    new="Il permesso di soggiorno è pronto per il ritiro?",
    q=["Il permesso di soggiorno è pronto"],
    note="Italian one-line question, no greeting, base64")

add(id="q058", lang="it", firm="ARC", frm=("Chiara Fontana", "chiara.fontana@fastwebnet.it"),
    subject="Re: Incontro per il progetto", date=("2024-02-08 22:47", "+0100"), fmt="alt",
    new="Va bene giovedì alle 10?",
    quote=reply_q("it", "ARC", "2024-02-08 15:30",
                  "Ciao Chiara,\n\nho finito le prime due varianti della cucina. Quando potete passare in studio "
                  "per vederle insieme? Io sono libera giovedì e venerdì.\n\nA presto,\nMarit"),
    q=["Va bene giovedì alle 10"],
    note="one short Italian line proposing a time, answering the firm's quoted question")


# ====================================================================== PORTUGUESE
add(id="q059", lang="pt", firm="TAX", frm=("Rui Carvalho", "rui.carvalho@sapo.pt"),
    subject="Declaração de IRS", date=("2024-04-09 10:35", "+0100"), fmt="latin1qp",
    new="Bom dia Dra. Harriet,\n\nPoderia preparar a minha declaração de IRS deste ano? Já enviei os recibos "
        "verdes e as faturas pelo portal.\n\nTambém gostaria de saber se recebeu o comprovativo de pagamento da "
        "última fatura.\n\nCumprimentos,\nRui Carvalho",
    q=["preparar a minha declaração de IRS", "se recebeu o comprovativo de pagamento"],
    quoted=["preparar a minha declaração de IRS"],
    note="European Portuguese, Latin-1 QP; tax return (quoted) + indirect receipt question (quick)")

add(id="q060", lang="pt", firm="LAW", frm=("Felipe Monteiro", "felipe.monteiro@uol.com.br"),
    subject="aluguel", date=("2024-08-13 18:21", "-0300"), fmt="plain",
    new="oi daniel to no carro entao vou ser rapido o proprietario ligou dizendo que quer aumentar o aluguel em "
        "20 por cento na renovacao voce consegue analisar o contrato e ver se ele tem direito e me liga amanha "
        "cedo por favor\nabs\nFelipe",
    sig="Enviado do meu iPhone",
    q=["voce consegue analisar o contrato", "me liga amanha cedo por favor"],
    quoted=["voce consegue analisar o contrato"],
    note="Brazilian phone run-on, -0300; contract analysis (quoted) + call request (quick)")

add(id="q061", lang="pt", firm="ARC", frm=("Beatriz Nogueira", "bia.nogueira@gmail.com"),
    subject="plantas", date=("2024-07-17 14:02", "-0300"), fmt="html",
    new="As plantas revisadas já foram enviadas para a prefeitura?",
    q=["As plantas revisadas já foram enviadas"],
    note="Brazilian one-line status question, Gmail HTML-only")

add(id="q062", lang="pt", firm="MKT", frm=("Mariana Lopes", "mariana@lopes-cosmeticos.com.br"),
    subject="Re: Relatório de agosto", date=("2024-09-03 09:40", "-0300"), fmt="plain",
    new="Obrigada pelo relatório, ficou ótimo! Boa semana.\n\nAbraços,\nMariana",
    quote=reply_q("pt", "MKT", "2024-09-02 16:05",
                  "Oi Mariana,\n\nSegue o relatório de agosto. O alcance no Instagram subiu 18%. Quer que a gente "
                  "marque uma call para falar dos próximos passos?\n\nAbraços,\nPriya"),
    q=[], note="Portuguese thanks only; agency's offer of a call is quoted")

add(id="q063", lang="pt", firm="VISA", frm=("Rodrigo Alves", "rodrigo.alves@hotmail.com"),
    subject="Visto para minha mãe", date=("2024-11-25 21:49", "+0000"), fmt="alt",
    new="Olá Tomasz,\n\nSou brasileiro, moro em Londres há quatro anos e quero trazer a minha mãe para morar "
        "comigo. Você poderia avaliar se ela se enquadra no visto de dependente adulto? Ela tem 72 anos e mora "
        "sozinha em Curitiba.\n\nTambém queria saber quanto custa uma consulta inicial.\n\nObrigado!\n"
        "Rodrigo Alves",
    q=["avaliar se ela se enquadra no visto", "quanto custa uma consulta inicial"],
    quoted=["avaliar se ela se enquadra no visto"],
    note="Portuguese; eligibility assessment (quoted) + price of first consultation (quick)")


# ====================================================================== extra cases (one more non-empty for de, nl, pt)
add(id="q064", lang="de", firm="VISA", frm=("Katrin Möller", "katrin.moeller@gmx.de"),
    subject="Termin Visa-Zentrum", date=("2024-03-04 08:12", "+0100"), fmt="alt_cp1252", html_style="outlook",
    new="Sehr geehrter Herr Brandt,\n\nich hätte noch ein paar kurze Fragen zum Termin beim Visa-Zentrum:\n\n"
        "1. Muss mein Mann auch persönlich erscheinen?\n2. Reichen Kopien der Kontoauszüge oder brauchen Sie die "
        "Originale?\n3. Wann bekommen wir die Pässe zurück?\n\nVielen Dank im Voraus\nKatrin Möller",
    q=["Muss mein Mann auch persönlich erscheinen", "Reichen Kopien der Kontoauszüge",
       "Wann bekommen wir die Pässe zurück"],
    note="German formal, numbered list of three quick questions (an either-or question counts once)")

add(id="q065", lang="nl", firm="TAX", frm=("Sanne Verbeek", "sanne.verbeek@ziggo.nl"),
    subject="Fwd: Jaaropgaaf 2023", date=("2024-02-19 12:40", "+0100"), fmt="plain",
    new="Hoi Harriet,\n\nHierbij de jaaropgaaf van mijn werkgever, voor de aangifte. Is dit de juiste versie of "
        "heb je ook de loonstrook van december nodig?\n\nGroetjes,\nSanne",
    quote=fwd_q("nl", "2024-02-16 15:05", "HR Service Desk <hr@groenlicht-energie.nl>", "Jaaropgaaf 2023",
                "Sanne Verbeek <s.verbeek@groenlicht-energie.nl>",
                "Beste Sanne,\n\nIn de bijlage vind je je jaaropgaaf over 2023. Heb je vragen over de bedragen? "
                "Neem dan contact op met de salarisadministratie.\n\nMet vriendelijke groet,\nHR Service Desk"),
    q=["Is dit de juiste versie"],
    note="Dutch forward with note; HR's question in forwarded text is not the client's; either-or question counts once")

add(id="q066", lang="pt", firm="MKT", frm=("Inês Figueiredo", "ines@figueiredo-azulejos.pt"),
    subject="duas perguntas", date=("2024-06-13 17:55", "+0100"), fmt="qp",
    new="Olá Priya!\n\nDuas perguntas rápidas: a publicação de amanhã já está agendada? E podes enviar-me o "
        "logótipo em alta resolução?\n\nObrigada,\nInês",
    q=["a publicação de amanhã já está agendada", "podes enviar-me o logótipo em alta resolução"],
    note="European Portuguese, two quick questions")

QUESTIONS = Q
