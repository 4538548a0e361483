"""English human replies to quote offers r001-r028."""
from gen_lib import reply_case as R

SIG_FIONA = "Kind regards\nFiona Marsh\nTellerbrook Payroll & HR\n+32 2 555 77 10"
SIG_ADAEZE = "Kind regards\nAdaeze Okafor\nPartner, Okafor Lindqvist Employment Law\n020 7946 0532"
SIG_TOM = "Best,\nTom\n\nTom Vellum\nVellum & Fern Garden Studio\n020 7946 0815"
SIG_PRIYA = "Thanks,\nPriya\n\nPriya Nair | Delivery Lead | Quillstack Software"
SIG_GARETH = "Best wishes\nGareth Brannock FCA\nBrannock Charity Accounts"

R_EN = [
# ------------------------------------------------------------ accept
R("r001", "PAY", "en", ("Harriet Colebrook", "h.colebrook@penninebakehouse.co.uk"),
  "Re: New Leeds site - payroll", "Wed, 23 Apr 2025 07:12:40 +0100",
  "Yes please, go ahead.\n\nHarriet\n\nSent from my iPhone",
  "fiona", "Tue, 22 Apr 2025 at 15:02",
  "Hi Harriet,\n\nThanks for the headcount plan. Modelling the shift premium for Leeds and the monthly payroll cost for the new site will take about 3 hours at \u00a395 per hour plus VAT. Shall I go ahead?\n\n" + SIG_FIONA,
  "accept", "short phone accept, top-posted", style="apple", fmt="plain", cte="qp"),

R("r002", "LAW", "en", ("Ben Whitaker", "ben.whitaker@solenthotels.com"),
  "Re: Settlement - Ms Osei", "Wed, 30 Apr 2025 08:40:00 +0100",
  "Hi Adaeze,\n\nThat's fine, please proceed. Friday would be ideal but early next week is OK too.\n\nThanks,\nBen",
  "adaeze", "Tue, 29 Apr 2025 at 19:05",
  "Hi Ben,\n\nThanks for the key terms. Drafting the settlement agreement and the covering letter to the union rep will take around 2.5 hours at \u00a3280 per hour plus VAT. Shall I go ahead?\n\n" + SIG_ADAEZE,
  "accept", "accept with a timing remark (not a condition)", fmt="alt", cte="qp"),

R("r003", "GARDEN", "en", ("Simon Achebe", "s.achebe@northgateproperty.co.uk"),
  "RE: Courtyard at 14 Northgate \u2013 next steps", "Mon, 12 May 2025 10:02:19 +0100",
  "Dear Tom,\n\nThank you \u2013 the landlord has approved the fee, so please go ahead.\n\nKind regards,\n\nSimon Achebe MRICS\nAsset Manager\nNorthgate Property Partners",
  "tom", "Friday, May 9, 2025 4:30 PM",
  "Dear Simon,\n\nThe first layout and budget for the woodland glade option, plus the first-year maintenance plan, come to about 9 hours of design time at \u00a375 per hour. Shall we go ahead?\n\n" + SIG_TOM,
  "accept", "formal Outlook HTML accept", style="outlook", fmt="html", html_style="outlook", cte="qp"),

R("r004", "SOFT", "en", ("Alison Drummond", "alison.drummond@fernleyhomes.com"),
  "RE: Admin panel export + staging", "Thu, 10 Apr 2025 09:15:31 +0100",
  "Approved. Our PO number is 4500123987 \u2013 please quote it on the invoice.\n\nAlison",
  "priya", "Wednesday, April 9, 2025 5:48 PM",
  "Hi Alison,\n\nThe CSV export for orders and customers is about 6 hours at \u00a3110 per hour. Shall I go ahead?\n\n" + SIG_PRIYA,
  "accept", "one-word 'Approved' plus a PO number", style="outlook", fmt="plain", cte="qp"),

R("r005", "CHAR", "en", ("Colm Byrne", "colm@lanternarts.org.uk"),
  "RE: Gift Aid claim", "Fri, 04 Jul 2025 12:01:00 +0100",
  "Yes, please go ahead with the Gift Aid claim. Thanks Gareth!\n\nColm",
  "gareth", "Thursday, July 3, 2025 11:20 AM",
  "Hi Colm,\n\nAdding the 200 new declarations and preparing the claim will take about 2 hours at \u00a385 per hour. Shall I go ahead?\n\n" + SIG_GARETH,
  "accept", "Outlook HTML accept", style="outlook", fmt="html", html_style="outlook", cte="8bit"),

R("r006", "PAY", "en", ("Ngozi Eze", "bursar@elmfieldprimary.org.uk"),
  "Re: Term-time staff holiday pay", "Mon, 07 Apr 2025 08:30:12 +0100",
  "OK, go ahead. Please send the invoice to the school office as usual.\n\nNgozi",
  "fiona", "Fri, 4 Apr 2025 at 14:10",
  "Dear Ngozi,\n\nWorking through the 52-week reference period for the twelve teaching assistants and calculating their holiday pay will take about 4 hours at \u00a395 per hour. Shall I go ahead?\n\n" + SIG_FIONA,
  "accept", "bottom-posted accept with an invoicing instruction", bottom_post=True, fmt="plain", cte="8bit"),

dict(name="r007", firm="LAW", lang="en", frm=("Priti Sandhu", "priti@loomandlantern.co.uk"),
     subject="Re: Disciplinary - warehouse supervisor", date="Tue, 18 Mar 2025 09:05:44 +0000",
     in_reply_to="PREV", raw=True, decision="accept",
     note="inline reply: answer placed under the quoted 'Shall I go ahead?'",
     body="""Hi Adaeze,

On Mon, 17 Mar 2025 at 18:02, Adaeze Okafor <a.okafor@okaforlindqvist-law.com> wrote:
> Hi Priti,
>
> Thanks for the investigation pack. Drafting the invitation letter and a short script for the hearing chair will take about 2 hours at \u00a3240 per hour plus VAT.

Fine.

> Shall I go ahead?

Yes please \u2013 and thank you for turning this round so quickly.

> Kind regards
> Adaeze

Priti""", fmt="plain", cte="8bit", charset="utf-8"),

R("r008", "SOFT", "en", ("Lars Eriksen", "lars@oakhillsupply.com"),
  "Re: Invoice sync failing again", "Mon, 24 Mar 2025 13:47:02 +0000",
  "Go for it \U0001F44D\n\nSent from my iPhone",
  "priya", "24 Mar 2025, at 12:30", 
  "Hi Lars,\n\nI've had a first look at the log. Tracing the Sunday failures and fixing the sync will take about 4 hours at $150 per hour. Shall I go ahead?\n\n" + SIG_PRIYA,
  "accept", "emoji accept from phone, base64", style="apple", fmt="plain", cte="b64"),

R("r009", "CHAR", "en", ("Daniel Kowalczyk", "finance@riverbendyouth.org.uk"),
  "Re: Legacy received", "Mon, 19 May 2025 11:11:11 +0100",
  "Happy with that \u2013 please proceed. Alan has signed it off as treasurer.\n\nDaniel\n\nDaniel Kowalczyk\nFinance Officer, Riverbend Youth Trust\nRegistered charity 1093321",
  "gareth", "Fri, 16 May 2025 at 09:55",
  "Hi Daniel,\n\nReviewing the will and the solicitor's letter and writing up the recommended treatment for the accounts will take about 1.5 hours at \u00a385 per hour. Shall I go ahead?\n\n" + SIG_GARETH,
  "accept", "accept with signature block", fmt="alt", cte="qp"),

R("r010", "GARDEN", "en", ("Ruth Anand", "ruth.anand@gmail.com"),
  "Re: North border", "Sun, 06 Apr 2025 20:03:00 +0100",
  "Yes please, that's fine by us. Looking forward to seeing what you come up with!\n\nRuth",
  "tom", "Sun, 6 Apr 2025 at 18:12",
  "Hi Ruth,\n\nA planting plan for the north border with a plant list and sources is about 3 hours at \u00a365 per hour. Shall I go ahead?\n\n" + SIG_TOM,
  "accept", "Gmail HTML-only accept", fmt="html", cte="qp"),

# ------------------------------------------------------------ decline
R("r011", "PAY", "en", ("Louise Garner", "louise@garnerflorists.co.uk"),
  "Re: Minimum wage arrears", "Tue, 17 Jun 2025 16:20:00 +0100",
  "Thanks, but no need \u2013 our accountant is going to do it as part of the year end.\n\nLouise",
  "fiona", "Mon, 16 Jun 2025 at 11:40",
  "Hi Louise,\n\nCalculating the backdated minimum wage arrears for the six seasonal staff will take about 3 hours at \u00a395 per hour. Shall I go ahead?\n\n" + SIG_FIONA,
  "decline", "polite decline, work done elsewhere", fmt="plain", cte="8bit"),

R("r012", "LAW", "en", ("Oliver Grant", "oliver.grant@meadowfieldcare.co.uk"),
  "RE: Staff handbook review", "Thu, 06 Mar 2025 14:44:44 +0000",
  "No, thank you. We've decided not to update the handbook this year after all.\n\nRegards\nOliver",
  "adaeze", "05 March 2025 10:15",
  "Oliver,\n\nReviewing the staff handbook against the recent changes (flexible working, carer's leave, neonatal leave) will take about 5 hours at \u00a3240 per hour plus VAT. Shall I go ahead?\n\nAdaeze",
  "decline", "clear 'No, thank you' with -----Original Message----- quote", style="original", fmt="plain", cte="qp", charset="iso-8859-1"),

R("r013", "GARDEN", "en", ("Emma Whitlock", "emma.whitlock@btinternet.com"),
  "Re: Planting plan", "Sat, 15 Mar 2025 09:26:00 +0000",
  "Thanks Tom, but that's more than we'd budgeted for, so we'll pass this time. We'll just do the planting ourselves.\n\nEmma",
  "tom", "Fri, 14 Mar 2025 at 17:02",
  "Hi Emma,\n\nGreat to meet you on Thursday. A full planting plan for the back garden, with a plant list and a planting-day schedule, would be about 8 hours at \u00a365 per hour. Shall I go ahead?\n\n" + SIG_TOM,
  "decline", "decline on price", fmt="alt", cte="qp"),

R("r014", "SOFT", "en", ("Hannah Ferris", "hannah@ferrisandco.shop"),
  "RE: Slow checkout", "Wed, 02 Apr 2025 10:10:10 +0000",
  "Please don't go ahead \u2013 we found the problem ourselves (a plugin), all sorted now. Thanks anyway!\n\nHannah",
  "priya", "Tuesday, April 1, 2025 4:55 PM",
  "Hi Hannah,\n\nProfiling the checkout and fixing the slow steps will take about 4 hours at $150 per hour. Shall I go ahead?\n\n" + SIG_PRIYA,
  "decline", "'Please don't go ahead' (negated go-ahead phrase)", style="outlook", fmt="html", html_style="outlook", cte="qp"),

R("r015", "CHAR", "en", ("Ruth Ellery", "chair@kestrelwildlife.org.uk"),
  "Re: Reserves policy", "Tue, 22 Jul 2025 19:30:00 +0100",
  "Thanks Gareth, but no \u2013 the trustees have decided to write the reserves policy themselves this year.\n\nBest wishes,\nRuth",
  "gareth", "Mon, 21 Jul 2025 at 10:00",
  "Dear Ruth,\n\nDrafting a reserves policy for the trustees to approve will take about 3 hours at \u00a385 per hour. Shall I go ahead?\n\n" + SIG_GARETH,
  "decline", "decline, trustees doing it themselves", fmt="plain", cte="qp"),

R("r016", "PAY", "en", ("Derek Amoah", "payroll@amoahdental.co.uk"),
  "RE: Salary sacrifice - Dr Hollis", "Fri, 09 May 2025 12:12:12 +0100",
  "Not needed any more, Dr Hollis has decided not to join the scheme. Thanks anyway.\n\nDerek",
  "fiona", "Thursday, May 8, 2025 3:30 PM",
  "Hi Derek,\n\nPreparing the salary sacrifice paperwork for Dr Hollis and updating the payroll set-up will take about 2 hours at \u00a395 per hour. Shall I go ahead?\n\n" + SIG_FIONA,
  "decline", "decline because no longer needed, Outlook HTML", style="outlook", fmt="html", html_style="outlook", cte="b64"),

R("r017", "SOFT", "en", ("Chloe Martin", "chloe@pebblepay.app"),
  "Re: Apple Pay", "Thu, 03 Apr 2025 22:48:00 -0400",
  "No thanks, too expensive for what it is. We'll stick with card payments for now.\n\nChloe",
  "priya", "Thu, Apr 3, 2025 at 2:15 PM",
  "Hi Chloe,\n\nAdding Apple Pay to the checkout, including testing on both apps, is about 12 hours at $140 per hour. Shall I go ahead?\n\n" + SIG_PRIYA,
  "decline", "blunt decline on price", fmt="plain", cte="7bit", charset="us-ascii"),

R("r018", "LAW", "en", ("Graham Pettifer", "g.pettifer@corvane-logistics.com"),
  "RE: Claim by Mr D. Achterberg - witness statements", "Tue, 06 May 2025 17:25:00 +0100",
  "Thanks for the quote. We've decided to settle, so we won't be going ahead with the witness statements.\n\nRegards\nGraham",
  "adaeze", "Friday, May 2, 2025 11:00 AM",
  "Dear Graham,\n\nPreparing the three witness statements for the final hearing will take about 6 hours at \u00a3280 per hour plus VAT. Shall I go ahead?\n\n" + SIG_ADAEZE,
  "decline", "bottom-posted decline under an Outlook block", style="outlook", bottom_post=True, fmt="plain", cte="8bit"),

# ------------------------------------------------------------ unclear
R("r019", "PAY", "en", ("Sandra Lowe", "sandra@lowecoaches.co.uk"),
  "Re: Drivers' overtime reconciliation", "Wed, 11 Jun 2025 10:31:00 +0100",
  "Could you do it for a fixed \u00a3300 instead? That's what we'd set aside.\n\nSandra",
  "fiona", "Tue, 10 Jun 2025 at 16:05",
  "Hi Sandra,\n\nReconciling the drivers' overtime for January to May against the tachograph records will take about 5 hours at \u00a395 per hour. Shall I go ahead?\n\n" + SIG_FIONA,
  "unclear", "counter-offer: fixed fee", fmt="plain", cte="qp"),

R("r020", "LAW", "en", ("Maria Lindgren", "maria.lindgren@brightwater-group.com"),
  "Re: Consultation period", "Fri, 23 May 2025 09:09:09 +0200",
  "Is that plus VAT? And could the junior associate do some of it at a lower rate?\n\nMaria",
  "adaeze", "Thu, 22 May 2025 at 16:40",
  "Dear Maria,\n\nYes, it's still 30 days for 20 to 99 redundancies. Preparing the collective consultation pack (HR1, letters to representatives, timetable) will take about 8 hours at \u00a3280 per hour. Shall I go ahead?\n\n" + SIG_ADAEZE,
  "unclear", "questions about the quote (VAT, cheaper associate)", fmt="alt", cte="qp"),

R("r021", "GARDEN", "en", ("Beatrice Lam", "bea.lam@outlook.com"),
  "Re: Front garden", "Thu, 24 Apr 2025 21:15:00 +0100",
  "Let me talk it over with my husband and get back to you at the weekend.\n\nBea\n\nSent from my iPhone",
  "tom", "24 Apr 2025, at 17:20",
  "Hi Bea,\n\nRedesigning the front garden with a new path and low hedging is about 5 hours of design at \u00a365 per hour. Shall I go ahead?\n\n" + SIG_TOM,
  "unclear", "'let me talk it over' deferral", style="apple", fmt="plain", cte="8bit"),

R("r022", "SOFT", "en", ("Callum Reid", "callum@tandemtickets.com"),
  "Re: Sync fix + reporting page", "Fri, 14 Mar 2025 08:01:00 GMT",
  "Go ahead with the first part (the sync fix) but not the reporting page for now.\n\nCallum",
  "priya", "Thu, 13 Mar 2025 at 17:44",
  "Hi Callum,\n\nTwo pieces here: fixing the ticket sync is about 3 hours, and building the reporting page is about 10 hours, both at $150 per hour. Shall I go ahead with both?\n\n" + SIG_PRIYA,
  "unclear", "partial yes/no to a two-part quote", fmt="plain", cte="7bit", charset="us-ascii"),

R("r023", "CHAR", "en", ("Joyce Whitfield", "chair@stmarkscommunityhall.org.uk"),
  "Re: Accounts format", "Thu, 29 May 2025 18:00:00 +0100",
  "Can we revisit this after the trustees meet on 12 June? I can't commit the money before then.\n\nJoyce",
  "gareth", "Wed, 28 May 2025 at 12:30",
  "Dear Joyce,\n\nMoving the hall's accounts onto the SORP format will take about 6 hours at \u00a385 per hour. Shall I go ahead?\n\n" + SIG_GARETH,
  "unclear", "deferral with a date", fmt="alt", cte="8bit"),

R("r024", "SOFT", "en", ("Ivo Mendes", "ivo@harbourlinefitness.com"),
  "Re: Class timetable bug", "Tue, 18 Mar 2025 07:30:30 +0000",
  "Can you cap it at 3 hours? If it runs over, let me know before you carry on.\n\nIvo",
  "priya", "Mon, 17 Mar 2025 at 16:16",
  "Hi Ivo,\n\nFinding and fixing the timetable double-booking bug will take about 4\u20135 hours at \u00a3110 per hour. Shall I go ahead?\n\n" + SIG_PRIYA,
  "unclear", "counter-offer: cap on hours", fmt="plain", cte="qp"),

R("r025", "PAY", "en", ("Harriet Colebrook", "h.colebrook@penninebakehouse.co.uk"),
  "Re: New Leeds site - contracts summary", "Tue, 29 Apr 2025 12:20:00 +0100",
  "Actually it's 16 staff not 14, and two of them are part-time \u2013 does that change the estimate?\n\nHarriet",
  "fiona", "Mon, 28 Apr 2025 at 17:00",
  "Hi Harriet,\n\nSetting up the 14 Leeds starters and preparing their contract summaries will take about 3.5 hours at \u00a395 per hour. Shall I go ahead?\n\n" + SIG_FIONA,
  "unclear", "correction plus a new question about the estimate", fmt="plain", cte="8bit"),

R("r026", "LAW", "en", ("Rachel Moss", "rachel.moss@holtandbarr.co.uk"),
  "Re: Redundancy consultation - questions", "Wed, 19 Mar 2025 08:48:00 +0000",
  "Hmm, 2 hours seems a lot for a one-page matrix. Can you explain what's involved before I sign it off?\n\nRachel",
  "adaeze", "Tue, 18 Mar 2025 at 15:25",
  "Hi Rachel,\n\nReviewing the selection matrix and the sickness absence issue, with a short written note of the risks, will take about 2 hours at \u00a3240 per hour plus VAT. Shall I go ahead?\n\n" + SIG_ADAEZE,
  "unclear", "question about why the quote is so high", fmt="alt", cte="b64"),

R("r027", "GARDEN", "en", ("Patrick Doyle", "pdoyle71@gmail.com"),
  "Re: Fwd: Your oak tree", "Tue, 20 May 2025 07:05:00 +0100",
  "How soon could you start if we said yes?\n\nPatrick\n\nSent from my iPad",
  "tom", "Mon, 19 May 2025 at 18:40",
  "Hi Patrick,\n\nHere's the arborist's report. If you'd like us to arrange a fresh survey and a crown reduction plan for the oak, it's about 3 hours of our time at \u00a365 per hour plus the arborist's fee. Shall I go ahead?\n\n" + SIG_TOM,
  "unclear", "question about timing before deciding", fmt="plain", cte="qp"),

R("r028", "CHAR", "en", ("Helen Bright", "secretary@bramleyallotments.org.uk"),
  "Re: Independent examination 2024", "Thu, 27 Feb 2025 20:45:00 +0000",
  "I need to check with our treasurer first \u2013 I'll come back to you.\n\nHelen",
  "gareth", "Thu, 27 Feb 2025 at 11:00",
  "Dear Helen,\n\nThe independent examination for 2024 will take about 6 hours at \u00a370 per hour. Shall I go ahead?\n\n" + SIG_GARETH,
  "unclear", "'need to check with treasurer first'", fmt="html", cte="qp"),
]
