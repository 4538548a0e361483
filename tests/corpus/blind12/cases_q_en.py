"""English question emails q001-q032."""
from gen_lib import attr, who_str, STAFF

Q_EN = [
dict(name="q001", firm="PAY", lang="en", frm=("Rob Haskins", "rob@haskinsfreight.co.uk"),
     subject="overtime + P60", date="Thu, 13 Mar 2025 07:52:10 +0000",
     body="""Hi Fiona quick one - is the deadline for submitting March overtime still the 20th? Also can you resend Tom Baker\u2019s P60, he\u2019s lost it again \U0001F644

Thanks
Rob

Sent from my iPhone""",
     fmt="plain", cte="qp", charset="utf-8",
     q=["deadline for submitting March overtime still", "can you resend Tom Baker"], quoted=[],
     note="phone mail, two quick questions in one run-on line, emoji, curly apostrophes"),

dict(name="q002", attach=("Leeds_headcount_plan_v3.xlsx","application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), firm="PAY", lang="en", frm=("Harriet Colebrook", "h.colebrook@penninebakehouse.co.uk"),
     subject="New Leeds site - payroll", date="Tue, 22 Apr 2025 09:14:33 +0100",
     body="""Dear Fiona,

Hope you had a good Easter.

We're opening a second site in Leeds in June and will be taking on around 14 new staff, some of them on zero-hours contracts. We were hoping you could take a look at how the shift premium we pay in Manchester would work for the Leeds staff and what the monthly payroll cost would come out at \u2013 I've attached the headcount plan with the proposed rates.

Separately, could you confirm that the new starters need to be set up by the 10th to make the June run?

Kind regards,

Harriet Colebrook
Operations Manager | Pennine Bakehouse Ltd
T: 0161 496 0732 | M: 07700 900 318
www.penninebakehouse.co.uk""",
     fmt="alt", cte="qp", charset="utf-8",
     q=["take a look at how the shift premium", "confirm that the new starters need"],
     quoted=["take a look at how the shift premium"],
     note="indirect real-work request ('we were hoping you could take a look at') + quick date check; greeting small talk"),

dict(name="q003", firm="LAW", lang="en", frm=("Graham Pettifer", "g.pettifer@corvane-logistics.com"),
     subject="RE: Claim by Mr D. Achterberg - next steps", date="Wed, 23 Apr 2025 08:03:51 +0100",
     in_reply_to="PREV",
     body="""Adaeze,

Thanks for the summary. Two things from our side:

Is the deadline for our ET3 response still the 14th of May?
Who from your side will attend the preliminary hearing? Our MD would like to know who to expect.

Regards
Graham

Graham Pettifer | HR Director | Corvane Logistics Ltd
Unit 4, Marlowe Park, Northampton NN4 7PB | +44 1604 496 221

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it. Corvane Logistics Ltd is registered in England and Wales, no. 08813472.""",
     quote=dict(style="outlook", lang="en",
                hdr=(who_str("adaeze"), "Tuesday, April 22, 2025 4:51 PM",
                     "Graham Pettifer <g.pettifer@corvane-logistics.com>",
                     "Claim by Mr D. Achterberg - next steps"),
                text="""Dear Graham,

I have now reviewed the ET1. In short, the claim is for unfair dismissal and unpaid holiday pay. The ET3 must be filed within 28 days of the date the claim was sent to you.

Could you send me the disciplinary notes and the appeal outcome letter?

Kind regards
Adaeze Okafor
Partner"""),
     fmt="html", html_style="outlook", cte="qp", charset="utf-8",
     q=["deadline for our ET3 response still", "Who from your side will attend"], quoted=[],
     note="Outlook HTML reply, quick deadline question that sounds legal, firm's question in quoted history, disclaimer with 'please notify'"),

dict(name="q004", attach=("Investigation report - J Dunmore.pdf","application/pdf"), firm="LAW", lang="en", frm=("Priti Sandhu", "priti@loomandlantern.co.uk"),
     subject="Disciplinary - warehouse supervisor", date="Mon, 17 Mar 2025 16:40:02 +0000",
     body="""Hi Adaeze,

Following our call on Monday, we've now finished the investigation into the stock discrepancies and the CCTV clearly shows our warehouse supervisor removing goods on two occasions. We'd like to move to a disciplinary hearing as soon as possible.

Would it be possible to get a first version of the disciplinary invitation letter by Thursday? The investigation report and the witness statements are attached.

Also, can we have a call tomorrow before 11? I'm in meetings all afternoon.

Many thanks,
Priti

Priti Sandhu
People & Culture Lead, Loom & Lantern Ltd
07700 900 552""",
     fmt="plain", cte="b64", charset="utf-8",
     q=["first version of the disciplinary invitation letter", "can we have a call tomorrow"],
     quoted=["first version of the disciplinary invitation letter"],
     note="'would it be possible to get a first version of' (drafting = quoted) + quick call request; base64"),

dict(name="q005", firm="GARDEN", lang="en", frm=("Emma Whitlock", "emma.whitlock@btinternet.com"),
     subject="Re: Site visit", date="Tue, 11 Mar 2025 07:21:44 +0000", in_reply_to="PREV",
     body="""Thanks Tom, Thursday 9am works for us. The side gate will be open. See you then!

Emma""",
     quote=dict(style="gmail", attr=attr("en", "Mon, 10 Mar 2025 at 17:32", "tom"),
                text="""Hi Emma,

Thanks for getting in touch. I could come round to measure up on Thursday at 9am or Friday after 2pm. Does either of those work for you? Will someone be home?

Best,
Tom

Tom Vellum
Vellum & Fern Garden Studio
020 7946 0815"""),
     fmt="alt", cte="qp", charset="utf-8",
     q=[], quoted=[],
     note="empty: confirmation of a visit; the questions are only in the quoted firm mail"),

dict(name="q006", firm="GARDEN", lang="en", frm=("Ruth Anand", "ruth.anand@gmail.com"),
     subject="North border", date="Sat, 05 Apr 2025 10:02:17 +0100",
     body="""Hi Tom,

Hope all's well with you and the team. The new patio looks fantastic and we've had so many compliments!

We were hoping you could take a look at the north-facing border along the shed and suggest some shade-tolerant planting for it, as everything we put there seems to die within a couple of months.

Also, do you still need the survey drawings from the builder, or did Mark send them over?

Best wishes,
Ruth""",
     fmt="html", cte="qp", charset="utf-8",
     q=["take a look at the north-facing border", "do you still need the survey drawings"],
     quoted=["take a look at the north-facing border"],
     note="Gmail HTML-only; indirect request for planting design (quoted) + quick status question"),

dict(name="q007", firm="SOFT", lang="en", frm=("Callum Reid", "callum@tandemtickets.com"),
     subject="hotfix?", date="Fri, 07 Mar 2025 06:58:09 GMT",
     body="""did the hotfix go live last night? and can you add Jen to the Jira board - jen.okoro@tandemtickets.com
thx

Sent from my iPhone""",
     fmt="plain", cte="7bit", charset="us-ascii",
     q=["did the hotfix go live", "add Jen to the Jira board"], quoted=[],
     note="hurried phone mail, lower case, no greeting, two quick questions, GMT zone"),

dict(name="q008", firm="SOFT", lang="en", frm=("Alison Drummond", "alison.drummond@fernleyhomes.com"),
     subject="Admin panel export + staging", date="Wed, 09 Apr 2025 13:27:45 +0100",
     body="""Hi Priya,

Quick update from our side: the board meeting has been moved to the 22nd, and they'd love to see the admin panel in action.

With that in mind, would it be possible to get a first version of the export-to-CSV feature for the admin panel before then? It only needs the orders and customers tables for now.

And is the staging server still on the old database? Our CFO asked me last week whether we own the source code; I told him yes, it's in the contract, so no need to reply on that one.

Thanks,
Alison

Alison Drummond
Head of Digital, Fernley Homes
+44 113 496 0177""",
     fmt="alt", cte="b64", plain_cte="qp", charset="utf-8",
     q=["first version of the export-to-CSV feature", "staging server still on the old database"],
     quoted=["first version of the export-to-CSV feature"],
     note="feature build asked indirectly (quoted) + quick status; a question reported from the CFO that the client says needs no reply"),

dict(name="q009", firm="CHAR", lang="en", frm=("Margaret Oduya", "treasurer@friendsofhollinpark.org.uk"),
     subject="A few quick questions", date="Mon, 06 Jan 2025 19:12:00 +0000",
     body="""Dear Gareth,

A few quick ones before our committee meeting:

1. Is the deadline for our annual return to the Charity Commission still 31 January?
2. Do you need the bank statements for the restricted fund as well, or only the main account?
3. Could you send me the engagement letter again? I can't find it anywhere.

Thank you,
Margaret Oduya
Treasurer, Friends of Hollin Park (registered charity no. 1187345)""",
     fmt="alt", cte="qp", charset="utf-8",
     q=["deadline for our annual return", "need the bank statements for the restricted fund",
        "send me the engagement letter again"], quoted=[],
     note="numbered list of quick questions only; deadline question that sounds big but is quick"),

dict(name="q010", firm="CHAR", lang="en", frm=("Daniel Kowalczyk", "finance@riverbendyouth.org.uk"),
     subject="Legacy received", date="Thu, 15 May 2025 11:45:30 +0100",
     body="""Hi Gareth,

Good news for once: we've received a legacy of \u00a348,000 from the estate of a long-standing supporter. The will says she "hoped" it would go to the youth programme, but it isn't worded as a condition.

Could you advise how we should account for it in this year's accounts \u2013 restricted or unrestricted, and whether we should designate it? I've attached the relevant page of the will and the solicitor's letter.

Also, our treasurer Alan is stepping down at the AGM in June; do you need anything from the new one?

Best regards,
Daniel

Daniel Kowalczyk
Finance Officer, Riverbend Youth Trust
Registered charity 1093321
01632 960 448""",
     fmt="plain", cte="qp", charset="utf-8",
     q=["advise how we should account for it", "do you need anything from the new one"],
     quoted=["advise how we should account for it"],
     note="accounting treatment of a legacy (research, quoted) + quick 'what do you need from me'"),

dict(name="q011", firm="PAY", lang="en", frm=("Sandra Lowe", "sandra@lowecoaches.co.uk"),
     subject="Fwd: payslip??", date="Fri, 06 Jun 2025 15:31:18 +0100",
     body="""Fiona,

Forwarding this from one of our drivers, Mark. Please can you just send him a copy of his May payslip? He's asked me three times now.

Thanks
Sandra""",
     quote=dict(style="forward", lang="en",
                hdr=("Mark Tilley <marktilley78@gmail.com>", "Thu, 5 Jun 2025 at 21:04",
                     "Sandra Lowe <sandra@lowecoaches.co.uk>", "payslip??"),
                text="""Hi Sandra,

Why was my overtime on the 14th paid at the normal rate? And can I get a copy of my May payslip, I never got it.

Cheers
Mark"""),
     fmt="plain", cte="8bit", charset="utf-8",
     q=["send him a copy of his May payslip"], quoted=[],
     note="forward with client's note on top; employee's own questions in the forward are not the client's"),

dict(name="q012", firm="LAW", lang="en", frm=("Oliver Grant", "oliver.grant@meadowfieldcare.co.uk"),
     subject="RE: Settlement agreement - Ms Reyes", date="Tue, 25 Feb 2025 12:10:40 +0000",
     in_reply_to="PREV",
     body="""Hi Adaeze,

Just to let you know, the signed settlement agreement was couriered to your office this morning. Tracking number is RF 4471 2290 3GB.

Thanks again for all your help with this.

Regards
Oliver""",
     quote=dict(style="original",
                hdr=(who_str("adaeze"), "24 February 2025 17:02",
                     "Oliver Grant", "Settlement agreement - Ms Reyes"),
                text="""Oliver,

The agreement is now in agreed form. Could you arrange for it to be signed and sent back to me? Are you happy for me to send the adviser's certificate directly to Ms Reyes's solicitor?

Adaeze"""),
     fmt="plain", cte="7bit", charset="us-ascii", crlf=True,
     q=[], quoted=[],
     note="empty: FYI that a document was sent; quoted -----Original Message----- holds questions"),

dict(name="q013", firm="LAW", lang="en", frm=("Rachel Moss", "rachel.moss@holtandbarr.co.uk"),
     subject="Re: Redundancy consultation - questions", date="Mon, 17 Mar 2025 10:05:00 +0000",
     in_reply_to="PREV",
     raw=True,
     body="""Hi Adaeze,

Answers inline below.

On Fri, 14 Mar 2025 at 11:02, Adaeze Okafor <a.okafor@okaforlindqvist-law.com> wrote:
> Dear Rachel,
>
> Before I can advise, I need a few details:
>
> 1. How many employees are in the pool for selection?

Seven, all in the Bristol warehouse.

> 2. Have you started collective consultation or only individual?

Individual only, we're below 20.

> 3. Can you send me the selection criteria you used?

Attached - it's the matrix we scored everyone on.

> Kind regards,
> Adaeze

Could you review the redundancy selection matrix and tell us whether it would stand up if one of them challenged it? Two of the lowest scorers were off sick for part of the year, which worries me.

And what's your availability next week? Wednesday or Thursday would suit us best.

Thanks,
Rachel""",
     fmt="plain", cte="8bit", charset="utf-8",
     q=["review the redundancy selection matrix", "your availability next week"],
     quoted=["review the redundancy selection matrix"],
     note="inline answers between quoted lawyer questions (not questions), then new real-work + quick questions"),

dict(name="q014", firm="GARDEN", lang="en", frm=("Beatrice Lam", "bea.lam@outlook.com"),
     subject="Turf delivery", date="Wed, 16 Apr 2025 21:48:13 +0100",
     body="""Hi Tom,

Could you let me know when the turf is being delivered? I need to arrange to work from home that day.

Is it OK if we leave the side gate unlocked on Monday for the crew? We'll both be out until 6.

Thanks!
Bea""",
     fmt="html", html_style="outlook", cte="b64", charset="utf-8",
     q=["when the turf is being delivered", "leave the side gate unlocked on Monday"],
     quoted=[],
     note="Outlook HTML-only in base64, two quick questions"),

dict(name="q015", firm="GARDEN", lang="en", frm=("Simon Achebe", "s.achebe@northgateproperty.co.uk"),
     subject="Courtyard at 14 Northgate \u2013 next steps", date="Thu, 08 May 2025 14:22:05 +0100",
     body="""Dear Tom,

Thank you for coming to see the courtyard at 14 Northgate last week. The tenants were very taken with the sketches you showed us, and the landlord has now approved a budget for the scheme.

Would it be possible to get a first version of the layout and a rough budget by the end of the month, based on the "woodland glade" option? We would also need a maintenance plan for the first year, as the tenants have asked for one in the lease renewal.

Who should I send the site plans and the drainage survey to \u2013 you or Sanne?

Kind regards,

Simon Achebe MRICS
Asset Manager
Northgate Property Partners
D: 0113 496 0982

This e-mail is confidential and intended solely for the addressee. Northgate Property Partners LLP is registered in England (OC412230).""",
     fmt="alt", cte="qp", charset="utf-8",
     q=["first version of the layout", "need a maintenance plan for the first year",
        "Who should I send the site plans"],
     quoted=["first version of the layout", "need a maintenance plan for the first year"],
     note="two real-work requests (one without question mark) + quick 'who do I send it to'; non-ASCII subject"),

dict(name="q016", attach=("invoice-sync-2025-03-23.log.gz","application/gzip"), firm="SOFT", lang="en", frm=("Lars Eriksen", "lars@oakhillsupply.com"),
     subject="Invoice sync failing again", date="Mon, 24 Mar 2025 08:12:59 +0000",
     body="""Hi Priya,

We were hoping you could take a look at why the nightly invoice sync keeps failing on Sunday nights \u2013 it's the third week in a row, and our accounts team has to re-key everything on Monday morning. The log from last night is attached.

Cheers,
Lars

--
Lars Eriksen | Operations | Oakhill Supply Co.
+44 20 7946 0341""",
     fmt="plain", cte="b64", charset="utf-8",
     q=["why the nightly invoice sync keeps failing"], quoted=["why the nightly invoice sync keeps failing"],
     note="single indirect bug-fix request without a question mark (quoted); base64"),

dict(name="q017", firm="SOFT", lang="en", frm=("Hannah Ferris", "hannah@ferrisandco.shop"),
     subject="RE: Checkout errors", date="Fri, 28 Mar 2025 17:55:21 +0000", in_reply_to="PREV",
     body="""Thanks Priya, all working now. Have a good weekend!

Hannah""",
     quote=dict(style="outlook", lang="en",
                hdr=(who_str("priya"), "Friday, March 28, 2025 3:10 PM",
                     "Hannah Ferris <hannah@ferrisandco.shop>", "RE: Checkout errors"),
                text="""Hi Hannah,

We've rolled back the payment module and cleared the cache. Could you try again and let me know if the checkout works now?

Priya"""),
     fmt="html", html_style="outlook", cte="qp", charset="utf-8",
     q=[], quoted=[],
     note="empty: thanks only, Outlook HTML with quoted firm question"),

dict(name="q018", firm="CHAR", lang="en", frm=("Joyce Whitfield", "chair@stmarkscommunityhall.org.uk"),
     subject="urgent q", date="Tue, 10 Jun 2025 19:41:07 +0100",
     body="""Hi Gareth in board mtg now - do trustees need to sign the accounts before or after the AGM?? need to tell them in 5 min!!

Sent from my Samsung Galaxy smartphone.""",
     fmt="plain", cte="7bit", charset="us-ascii",
     q=["do trustees need to sign the accounts"], quoted=[],
     note="hurried phone mail, urgent-sounding but quick question"),

dict(name="q019", firm="CHAR", lang="en", frm=("Colm Byrne", "colm@lanternarts.org.uk"),
     subject="Gift Aid + HMRC login", date="Wed, 02 Jul 2025 10:30:00 +0100",
     body="""Hi Gareth,

How was the conference? I saw the photos on LinkedIn, looked like a good turnout.

When is the next Gift Aid claim due? I've got about 200 new declarations from the summer fair to add.

Also, is the HMRC online services login still under Margaret's name? She left the board in March.

All the best,
Colm""",
     fmt="alt", cte="8bit", charset="utf-8",
     q=["When is the next Gift Aid claim due", "HMRC online services login still under"], quoted=[],
     note="small-talk question ('How was the conference?') is not a question; two quick ones"),

dict(name="q020", firm="PAY", lang="en", frm=("Derek Amoah", "payroll@amoahdental.co.uk"),
     subject="RE: April payroll summary", date="Fri, 25 Apr 2025 09:00:12 +0100", in_reply_to="PREV",
     body="""Hi Fiona,

Thanks for the summary. Can you confirm the pension contributions for April were sent to Nest on time? When will the P11D forms be ready?

Regards,
Derek Amoah
Practice Manager, Amoah Dental Care
Tel 0117 496 0640""",
     quote=dict(style="original",
                hdr=(who_str("fiona"), "24 April 2025 16:45", "Derek Amoah",
                     "April payroll summary"),
                text="""Hi Derek,

Please find attached the April payroll summary and payslips. Net pay will reach staff on the 25th.

Kind regards
Fiona Marsh
Tellerbrook Payroll & HR"""),
     fmt="plain", cte="7bit", charset="us-ascii",
     q=["confirm the pension contributions for April", "When will the P11D forms be ready"], quoted=[],
     note="two quick status questions in one paragraph; -----Original Message----- quote"),

dict(name="q021", attach=("TA hours 52 weeks.xlsx","application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), firm="PAY", lang="en", frm=("Ngozi Eze", "bursar@elmfieldprimary.org.uk"),
     subject="Term-time staff holiday pay", date="Thu, 03 Apr 2025 15:16:48 +0100",
     body="""Dear Fiona,

I wonder if you could help us work out what the holiday pay should be for our twelve term-time teaching assistants under the new rules from April. I've attached a spreadsheet with their hours and pay for the last 52 weeks.

We'd obviously expect this to be chargeable on top of the monthly fee.

With thanks,
Ngozi Eze
School Business Manager
Elmfield Primary School""",
     fmt="plain", cte="8bit", charset="utf-8",
     q=["work out what the holiday pay should be"], quoted=["work out what the holiday pay should be"],
     note="'I wonder if you could help us work out' - calculation on client figures (quoted)"),

dict(name="q022", firm="LAW", lang="en", frm=("Tom Hargreaves", "tom@hargreavesjoinery.co.uk"),
     subject="ACAS cert", date="Mon, 03 Feb 2025 08:01:00 UT",
     body="""Adaeze - did you receive the ACAS certificate I sent on Friday?
Tom""",
     fmt="plain", cte="7bit", charset="us-ascii",
     q=["receive the ACAS certificate"], quoted=[],
     note="very short quick question, 'UT' zone"),

dict(name="q023", firm="LAW", lang="en", frm=("Maria Lindgren", "maria.lindgren@brightwater-group.com"),
     subject="Consultation period", date="Wed, 21 May 2025 17:37:26 +0200",
     body="""Dear Adaeze,

We may need to reduce headcount at the Swindon site later this year (probably 25\u201330 roles, nothing decided yet). Before I raise it with the board: is the minimum consultation period for 20 or more redundancies still 30 days?

Best regards,
Maria Lindgren
Group HR Manager
Brightwater Group""",
     fmt="alt", cte="qp", charset="utf-8",
     q=["minimum consultation period for 20 or more redundancies"], quoted=[],
     note="sounds like a big legal matter but is a quick factual check"),

dict(name="q024", firm="GARDEN", lang="en", frm=("Patrick Doyle", "pdoyle71@gmail.com"),
     subject="Fwd: Your oak tree", date="Sun, 18 May 2025 20:14:39 +0100",
     body="""Hi Tom,

See below from our neighbour \u2013 he's on about the oak again. Can you send me the report from the arborist so I can show him it's healthy?

Thanks,
Patrick

Sent from my iPad""",
     quote=dict(style="forward", lang="en",
                hdr=("Geoffrey Sallis <g.sallis@talktalk.net>", "Sat, 17 May 2025 at 18:20",
                     "Patrick Doyle <pdoyle71@gmail.com>", "Your oak tree"),
                text="""Dear Mr Doyle,

The oak on your side of the fence is dropping branches onto my greenhouse again. Is it safe? Who is going to pay for the broken panes? I would appreciate a reply this week.

Geoffrey Sallis"""),
     fmt="alt", cte="qp", charset="utf-8",
     q=["send me the report from the arborist"], quoted=[],
     note="forward from a neighbour; only the client's note counts (quick resend)"),

dict(name="q025", firm="SOFT", lang="en", frm=("Chloe Martin", "chloe@pebblepay.app"),
     subject="few things", date="Tue, 01 Apr 2025 11:11:11 -0400",
     body="""Hi Priya,

A few things when you get a sec:

1. Is the app store listing updated with the new screenshots?
2. Can you give Tim admin rights in Sentry? tim@pebblepay.app
3. Could you send over the March invoice again with our new VAT number on it? It's GB 402 7713 86.
4. Are we still on for the demo on Tuesday at 3?

Cheers
Chloe""",
     fmt="plain", cte="8bit", charset="utf-8",
     q=["app store listing updated", "give Tim admin rights in Sentry",
        "send over the March invoice again", "still on for the demo"], quoted=[],
     note="numbered list of four quick requests"),

dict(name="q026", firm="CHAR", lang="en", frm=("Ruth Ellery", "chair@kestrelwildlife.org.uk"),
     subject="Re: Accounts ready for signing", date="Mon, 14 Jul 2025 09:49:50 +0100",
     in_reply_to="PREV",
     body="""Dear Gareth,

Please find attached the signed letter of representation and the trustees' minute approving the accounts.

Best wishes,
Ruth Ellery
Chair of Trustees, Kestrel Wildlife Rescue""",
     quote=dict(style="gmail", attr=attr("en", "Fri, 11 Jul 2025 at 16:02", "gareth"),
                text="""Dear Ruth,

The accounts are ready for signing. Could you send me the signed letter of representation and the minute approving them?

Best,
Gareth"""),
     fmt="html", cte="8bit", charset="utf-8",
     q=[], quoted=[],
     note="empty: 'please find attached' is not a request"),

dict(name="q027", firm="PAY", lang="en", frm=("Louise Garner", "louise@garnerflorists.co.uk"),
     subject="Re: New starter forms", date="Thu, 12 Jun 2025 13:03:03 +0100", in_reply_to="PREV",
     bottom_post=True,
     body="""Attached, sorry for the delay!

Also do you know if we need to run payroll for Jane in July if she's on unpaid leave the whole month?

Louise""",
     quote=dict(style="gmail", attr=attr("en", "Tue, 10 Jun 2025 at 10:15", "fiona"),
                text="""Hi Louise,

Could you send me the new starter forms for Amy and Josh? I need them by Friday for this month's run.

Thanks
Fiona"""),
     fmt="plain", cte="8bit", charset="utf-8",
     q=["need to run payroll for Jane in July"], quoted=[],
     note="bottom-posted reply under the quote; one quick question"),

dict(name="q028", firm="LAW", lang="en", frm=("Ben Whitaker", "ben.whitaker@solenthotels.com"),
     subject="Settlement - Ms Osei", date="Tue, 29 Apr 2025 18:26:40 +0100",
     body="""Hi Adaeze,

We've reached an agreement in principle with Ms Osei's union rep. Would it be possible to get a first version of the settlement agreement by Friday? The key terms are:

- termination date 30 June
- three months' pay in lieu of notice
- \u00a312,500 ex gratia
- agreed reference and no admission of liability

And can you remind me what your hourly rate is for the junior associate? Finance are asking.

Thanks,
Ben

Ben Whitaker
Head of HR | Solent Hotels Group
m: +44 7700 900 781

This email and any attachments are confidential and intended only for the named recipient. If you have received it in error, please notify the sender and delete it. Solent Hotels Group accepts no liability for viruses.""",
     fmt="alt", cte="qp", charset="utf-8",
     q=["first version of the settlement agreement", "remind me what your hourly rate is"],
     quoted=["first version of the settlement agreement"],
     note="drafting request (quoted) + quick fee question; disclaimer"),

dict(name="q029", firm="GARDEN", lang="en", frm=("Dan Pryce", "danpryce@icloud.com"),
     subject="bank holiday", date="Thu, 22 May 2025 12:00:00 +0100",
     body="""Hi, are you open over the bank holiday? Cheers, Dan""",
     fmt="plain", cte="7bit", charset="us-ascii",
     q=["are you open over the bank holiday"], quoted=[],
     note="one-line quick question"),

dict(name="q030", firm="SOFT", lang="en", frm=("Ivo Mendes", "ivo@harbourlinefitness.com"),
     subject="Re: Booking flow redesign options", date="Thu, 06 Mar 2025 08:44:31 +0000",
     in_reply_to="PREV",
     body="""Option B it is \u2013 the team loved the single-page flow. Can you let me know when it will be live?

Ivo""",
     quote=dict(style="gmail", attr=attr("en", "Wed, 5 Mar 2025 at 17:20", "priya"),
                text="""Hi Ivo,

Here are the two options we discussed:

Option A: keep the three-step flow but add a progress bar (about 2 days).
Option B: single-page booking flow with inline payment (about 5 days).

Which one would you like us to build? Any questions, shout.

Priya

On Mon, 3 Mar 2025 at 09:12, Ivo Mendes <ivo@harbourlinefitness.com> wrote:
> Hi Priya,
>
> Could you send me a couple of options for the booking flow? Members keep dropping off at the payment step.
>
> Thanks,
> Ivo"""),
     fmt="alt", cte="qp", charset="utf-8",
     q=["let me know when it will be live"], quoted=[],
     note="long nested thread; client's own new text has one quick date question"),

dict(name="q031", firm="PAY", lang="en", frm=("Gemma Starling", "gemma@starlingcafes.co.uk"),
     subject="payroll", date="Mon, 26 May 2025 07:33:00 +0100",
     body="""Morning, just checking has the May payroll been approved? also whats the cut off for bonuses this month

Get Outlook for Android""",
     fmt="plain", cte="7bit", charset="us-ascii",
     q=["has the May payroll been approved", "whats the cut off for bonuses"], quoted=[],
     note="phone mail; second question has no question mark"),

dict(name="q032", firm="CHAR", lang="en", frm=("Helen Bright", "secretary@bramleyallotments.org.uk"),
     subject="Re: Independent examination - trustees", date="Wed, 19 Feb 2025 20:20:20 +0000",
     in_reply_to="PREV",
     body="""Yes that's right, three trustees this year (Anne stood down). What date do you need the signed minutes back by?

Helen""",
     quote=dict(style="gmail", attr=attr("en", "Wed, 19 Feb 2025 at 14:05", "gareth"),
                text="""Dear Helen,

For the independent examiner's report I need to confirm the trustees who served during the year. Am I right that there were three trustees this year?

Best wishes
Gareth"""),
     fmt="plain", cte="8bit", charset="utf-8",
     q=["What date do you need the signed minutes"], quoted=[],
     note="top-post answer to the firm's question (not a question) + one quick question"),
]
