# -*- coding: utf-8 -*-
"""Client question emails for blind round 21.

Firms (all invented):
  F1 Skyward Falconry Ltd / Skyward Falcoaria Lda - bird-of-prey pest control (UK + Douro, PT)
  F2 Atelier Lumen - stained-glass conservation studio, Ghent (BE)
  F3 Summwiese Bestaeubung GmbH - pollination hive & bumblebee rental (DE, works in ES/NL/UK)
  F4 Forge & Foam Studio - theatre props, armour and cosplay fabrication, Austin TX
  F5 Orologeria Campanaria Ferri - tower-clock and bell-automation restorers, Bergamo (IT)
"""
from gen import quote, wrap_html, text2html, PDF, JPG

F1 = "Harriet Quill <harriet@skywardfalconry.co.uk>"
F1PT = "Tiago Mendes <tiago@skywardfalconry.pt>"
F2 = "Griet Van Acker <griet@atelier-lumen.be>"
F3 = "Jonas Brandt <jonas@summwiese.de>"
F4 = "Marcus Delgado <marcus@forgeandfoam.com>"
F5 = "Elena Ferri <elena@orologeriaferri.it>"

Q = []


def add(**kw):
    Q.append(kw)


# ======================================================================= ENGLISH
# q001 terse greenkeeper, lowercase
add(lang="en", frm="Dave Rourke <d.rourke@millbrookgolf.co.uk>", to=F1, subject="geese again",
    kind="plain", cte="7bit",
    text="""hi harriet

geese are back on the 14th and 15th, worse than last year. can you get someone out before the club championship on the 21st? and what would a monthly retainer cost compared to call-outs

dave
Millbrook Golf Club - Head Greenkeeper
07700 900412
""",
    q=["get someone out before the club championship", "what would a monthly retainer cost"],
    quoted=["what would a monthly retainer cost"])

# q002 chatty churchwarden, HTML only, rhetorical + closing
add(lang="en", frm="Margaret Ellison <m.ellison@staldhelms-parish.org.uk>", to=F2,
    subject="North aisle window - St Aldhelm's", kind="html", cte="quoted-printable",
    html=wrap_html("""<p>Dear Griet,</p>
<p>What a winter it has been &ndash; who would have thought we&#39;d get hail in April? The gutters are still full of it, or so our verger claims.</p>
<p>The PCC met on Tuesday evening and, after a great deal of tea and rather less decision-making, agreed that we should finally get the north aisle window looked at properly. Several quarries are loose and one of the saints has lost most of his face, poor man.</p>
<p>Would you be able to prepare a condition report for the north aisle window before our faculty application goes in at the end of June? We also need to know whether you are registered with the diocesan advisory committee, as the archdeacon has asked.</p>
<p>Please let me know if you need anything else from us.</p>
<p>With warm wishes,<br>Margaret Ellison<br>Churchwarden, St Aldhelm&#39;s, Frome<br>01373 555 210</p>"""),
    q=["prepare a condition report for the north aisle", "registered with the diocesan advisory committee"],
    quoted=["prepare a condition report for the north aisle"])

# q003 one long lowercase ramble, one buried request, attachment, QP with emoji
add(lang="en", frm="Kayla Nguyen <kaylacreates@gmail.com>", to=F4, subject="brightwing armor!!",
    kind="plain", cte="quoted-printable",
    text="""hey marcus!! so i finally got my tickets for dragoncon and i've been going back and forth for like months about whether to do the full Brightwing armor or just the helmet and pauldrons because my budget is kind of a mess after moving apartments (my cat hated it btw, she hid in the dryer for two days lol) but anyway i think i want to commit to the full set, my measurements are attached from my friend who does tailoring, she was super thorough, and i guess what i need is a rough price for the full set with LED eyes in the helmet, also i'm 5'4 so hopefully less foam lol \U0001F605 anyway no pressure!! talk soon

- kayla \U0001F409
""",
    att=[("measurements_kayla.pdf", "application", "pdf", PDF)],
    q=["rough price for the full set"], quoted=["rough price for the full set"])

# q004 formal numbered, windows-1252 8bit, disclaimer
add(lang="en", frm="Rupert Hale <rhale@haleorchards.co.uk>", to=F3,
    subject="Hive rental 2026 - Hale Orchards, Ledbury", kind="plain", charset="windows-1252", cte="8bit",
    crlf=True,
    text="""Dear Mr Brandt,

Further to our telephone conversation last week, I have a few questions regarding hive rental for our 40-acre orchard near Ledbury.

1. How many hives per acre would you recommend for bittersweet cider varieties?
2. Could you confirm whether your hives are inspected for American foulbrood before transport?
3. Please send us a draft pollination plan covering both blossom periods (early and late varieties).
4. Are you able to invoice in sterling?

I look forward to hearing from you.

Kind regards,

Rupert Hale
Estate Manager, Hale Orchards Ltd
T: 01531 555 873 | M: 07700 900 118
Orders over £500 require a purchase order number.

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Hale Orchards Ltd can’t accept liability for any loss caused by viruses.
""",
    q=["How many hives per acre would you recommend", "confirm whether your hives are inspected",
       "send us a draft pollination plan", "able to invoice in sterling"],
    quoted=["send us a draft pollination plan"])

# q005 relayed questions from parish council, multipart/alternative
add(lang="en", frm="Tom Ashby <clerk@littlewenham-pc.gov.uk>", to=F5,
    subject="Church clock - council questions", kind="alt",
    text="""Hello Elena,

The parish council met last night and they asked me to pass on a couple of things.

The treasurer wants to know: can the restoration be split over two financial years? And Councillor Briggs asked whether the clock could strike quietly at night, or be silenced between 11pm and 7am. Personally I love the chimes but there you go!

Best,
Tom Ashby
Parish Clerk, Little Wenham Parish Council
""",
    q=["can the restoration be split over two", "whether the clock could strike quietly at night"], quoted=[])

# q006 nothing asked, quoted question below, Sent from my iPhone
add(lang="en", frm="Ian Mercer <ian@mercer-logistics.co.uk>", to=F1, subject="Re: Invoice SF-2291",
    kind="plain", cte="7bit",
    text="""Thanks Harriet, invoice paid this morning. The hawk visits have made a huge difference, the loading bay is finally clear of pigeons. See you in spring.

Ian

Sent from my iPhone

> On 6 Mar 2025, at 16:40, Harriet Quill <harriet@skywardfalconry.co.uk> wrote:
>
> Hi Ian,
>
> Please find attached invoice SF-2291 for the February visits.
> Would you like us to book the spring visits now, or shall we wait until you have the new budget?
>
> Best wishes,
> Harriet
""",
    q=[])

# q007 inline reply between quoted lines (Thunderbird), photos attached
add(lang="en", frm="Rev. Paul Okafor <vicar@holytrinity-hexham.org.uk>", to=F2,
    subject="Re: Holy Trinity east window - visit", kind="plain", cte="7bit",
    text="""On 07/03/2025 11:02, Griet Van Acker wrote:
> Dear Paul,
>
> Thank you for your enquiry. Could you send photos of the damaged panels?

Attached, four of them. The worst is the bottom left.

> Do you know roughly when the window was installed?

The parish records say 1893, by Heaton, Butler & Bayne I think.

> We could visit on 12 or 19 May. Which suits you better?

19th is better. Will you need scaffolding or can you work from a ladder? Our insurers are fussy about that.

Paul

--
The Revd Paul Okafor
Vicar, Holy Trinity Hexham
""",
    att=[("east_window_1.jpg", "image", "jpeg", JPG), ("east_window_2.jpg", "image", "jpeg", JPG),
         ("east_window_3.jpg", "image", "jpeg", JPG), ("east_window_4.jpg", "image", "jpeg", JPG)],
    q=["need scaffolding or can you work"], quoted=[])

# q008 imperatives only, no question marks
add(lang="en", frm="Jo Pemberton <jo.pemberton@riversiderep.org>", to=F4, subject="PO + centurion helmet",
    kind="plain", cte="7bit", crlf=True,
    text="""Marcus - need the invoice redone with our new PO number 4471-B, accounts won't pay without it. Also the centurion helmet came back from the tour with a cracked crest, please have a look when you're in on Monday. Call me after 3.

Jo
Production Manager | Riverside Rep
m. 512-555-0147
""",
    q=["invoice redone with our new PO number", "please have a look when you", "Call me after 3"], quoted=[])

# q009 nothing asked: informative list, HTML bullets (alt)
add(lang="en", frm="Sam Whitford <sam@whitfordberries.co.uk>", to=F3, subject="Field list for your records",
    kind="alt",
    text="""Hi Jonas,

Just so you have it for your records, the blueberry fields are:

 * Field A - 6 ha, Duke
 * Field B - 4 ha, Bluecrop
 * Field C - 3.5 ha, Legacy (new this year)

Bloom usually starts mid-April. Access is through the yard gate, code 4417.

Cheers,
Sam
""",
    html=wrap_html("""<div>Hi Jonas,</div><div><br></div>
<div>Just so you have it for your records, the blueberry fields are:</div>
<ul><li>Field A - 6 ha, Duke</li><li>Field B - 4 ha, Bluecrop</li><li>Field C - 3.5 ha, Legacy (new this year)</li></ul>
<div>Bloom usually starts mid-April. Access is through the yard gate, code 4417.</div><div><br></div>
<div>Cheers,</div><div>Sam</div>"""),
    q=[])

# q010 note on top of a forwarded message; forwarded text has its own questions
add(lang="en", frm="Graham Pryce <graham.pryce@btinternet.com>", to=F5, subject="Fwd: Claim 88-41720 - clock tower",
    kind="plain", cte="7bit",
    text="""Elena, can you deal with the below? I have no idea what they mean by "escapement".

Thanks, Graham

---------- Forwarded message ---------
From: Claims Team <claims@shirebridge-insurance.co.uk>
Date: Mon, 10 Mar 2025 at 14:22
Subject: Claim 88-41720 - clock tower
To: <graham.pryce@btinternet.com>


Dear Mr Pryce,

In order to process your claim we require:
- a report from a qualified horologist on the cause of failure of the escapement;
- an itemised estimate for the repair.

Could you also confirm the date the fault was first noticed?

Kind regards,
Claims Team, Shirebridge Insurance
""",
    q=["can you deal with the below"], quoted=["can you deal with the below"])

# q011 airfield, two requests in one sentence, Outlook alt, disclaimer
add(lang="en", frm="Sarah Lindqvist <s.lindqvist@northmoor-airfield.co.uk>", to=F1,
    subject="Runway 08 extension - bird control", kind="alt", crlf=True,
    text="""Hi Harriet,

Hope the new falcon is settling in? The runway 08 extension opens on 1 June and the CAA will want to see our wildlife hazard arrangements before then.

Could you update the bird-strike risk assessment for runway 08 and send me copies of the handler licences by Friday?

Many thanks,
Sarah

Sarah Lindqvist
Operations Manager, Northmoor Airfield
Tel: 01865 555 300

CONFIDENTIALITY: This email is intended only for the named recipient. If you are not the intended recipient please delete it and notify the sender.
""",
    q=["update the bird-strike risk assessment for runway", "send me copies of the handler licences"],
    quoted=["update the bird-strike risk assessment for runway"])

# q012 thanks only, rhetorical question, base64
add(lang="en", frm="Eleanor Vance <eleanor.vance@icloud.com>", to=F2, subject="The window!",
    kind="plain", cte="base64",
    text="""Dear Griet,

I walked into the stairwell this morning and just stood there. Who knew 1890s glass could glow like that? Thank you, and thank Pieter too, the fitting was so tidy.

Warmly,
Eleanor

Sent from my iPad
""",
    q=[])

# q013 bottom-posting under a long thread, numbered questions
add(lang="en", frm="Priya Raman <priya@lanternfilms.co>", to=F4, subject="Re: Rifles for 'Dust Road'",
    kind="plain", cte="7bit",
    text="""On Tue, Mar 11, 2025 at 9:14 AM Marcus Delgado <marcus@forgeandfoam.com> wrote:
> Hi Priya,
>
> Thanks for the drawings. 8 resin rifles, non-firing, painted and weathered, would take
> about 46 hours at $120 per hour. Do you want slings included?
>
> Marcus
>
> On Mon, Mar 10, 2025 at 5:02 PM Priya Raman <priya@lanternfilms.co> wrote:
>> Hi Marcus, drawings attached. Can you quote 8 rifles?

Thanks Marcus. Few things:

1) can you do 12 identical rifles in resin rather than 8
2) what's your turnaround if we sign by the 30th
3) the director wants one hero version with working bolt action - is that doable and what would it add

(yes to slings)

cheers
Priya
--
Priya Raman | Props Buyer | Lantern Films
""",
    q=["do 12 identical rifles in resin", "your turnaround if we sign by", "hero version with working bolt action"],
    quoted=["do 12 identical rifles in resin", "hero version with working bolt action"])

# q014 non-native English mixing Dutch, iso-8859-1
add(lang="en", frm="Wim van Dijk <fruitbedrijf.vandijk@kpnmail.nl>", to=F3, subject="bees for pears 2026",
    kind="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Hello Mr. Brandt,

We are pear farm (peren, Conference and Doyenné) in the Betuwe, my English is not so good sorry. For the season 2026 we need maybe 50 hives for 22 hectare. Please make us an offerte with transport and placing in the orchard.
Also, is it possible the bees stay after the bloom for 2 weeks more, for the koolzaad of my neighbour?

Met vriendelijke groet / best regards,
Wim van Dijk
Fruitbedrijf Van Dijk, Geldermalsen
""",
    q=["make us an offerte with transport", "is it possible the bees stay"],
    quoted=["make us an offerte with transport"])

# q015 remittance list + one request; windows-1252 QP
add(lang="en", frm="Accounts Payable <ap@kelmscottmuseum.org.uk>", to=F5, subject="Remittance advice 2025-03",
    kind="plain", charset="windows-1252", cte="quoted-printable",
    text="""Dear Sir/Madam,

Please find below details of payment made by BACS on 14/03/2025:

Invoice       Date         Amount
OCF-1187      02/02/2025   €1,260.00
OCF-1203      21/02/2025   €  420.00
Total                      €1,680.00

Kindly send a receipted invoice for our auditors.

Regards,
Accounts Payable
Kelmscott Museum Trust – Finance Office
""",
    q=["send a receipted invoice for our auditors"], quoted=[])

# q016 chatty hotel, buried two-part request
add(lang="en", frm="Bev Ashcroft <bev@theharbourviewhotel.co.uk>", to=F1, subject="seagulls (again!!)",
    kind="alt", cte="quoted-printable",
    text="""Morning Harriet!

How are the birds doing? Give Juno a treat from me. So, you'll never guess - the gulls have moved from the bins to the roof terrace and one of them stole a whole full English off a guest's plate on Sunday, sausage and all. The guest took it very well, luckily, but the owners are Not Happy. We've tried the plastic owl, the spikes, the shiny CDs, everything. If you could pop round sometime next week and give me a price for the whole roof that would be brilliant, the terrace reopens for Easter.

Thanks a million,
Bev x
The Harbourview Hotel, Brighton
""",
    q=["pop round sometime next week", "give me a price for the whole roof"],
    quoted=["give me a price for the whole roof"])

# q017 forward from architect with short note on top
add(lang="en", frm="Oliver Grant <oliver@grantandsons-builders.co.uk>", to=F2, subject="FW: St Michael's - protective glazing spec",
    kind="plain", cte="7bit", crlf=True,
    text="""Griet,

See below from the architect. What do you make of the spec below, and can you price it?

Ollie

________________________________
From: Hannah Roe <h.roe@roearchitects.co.uk>
Sent: Wednesday, March 12, 2025 3:48 PM
To: Oliver Grant <oliver@grantandsons-builders.co.uk>
Subject: St Michael's - protective glazing spec

Ollie,

Spec attached for the isothermal protective glazing to windows N2-N4. Can your glass subcontractor work to a 25 mm ventilation gap? Please could you get a price back to me by 4 April.

Hannah
""",
    att=[("StMichaels_glazing_spec_rev2.pdf", "application", "pdf", PDF)],
    q=["What do you make of the spec", "can you price it"],
    quoted=["What do you make of the spec", "can you price it"])

# q018 HTML bullet list that informs, questions after it
add(lang="en", frm="Dani Ortiz <dani.ortiz@gmail.com>", to=F4, subject="group build for comic-con", kind="alt",
    text="""Hi Marcus,

For our group build for Comic-Con we'd like:

- 4 x bounty-hunter style chest plates (sizes attached)
- 2 x helmets with tinted visor
- weathering on everything

Can you give us a quote for the lot, and do you offer a group discount? Also could we come by the shop to see samples on Saturday?

Dani
""",
    html=wrap_html("""<div>Hi Marcus,</div><div><br></div><div>For our group build for Comic-Con we&#39;d like:</div>
<ul>
<li>4 x bounty-hunter style chest plates (sizes attached)</li>
<li>2 x helmets with tinted visor</li>
<li>weathering on everything</li>
</ul>
<div>Can you give us a quote for the lot, and do you offer a group discount? Also could we come by the shop to see samples on Saturday?</div><div><br></div><div>Dani</div>"""),
    att=[("sizes.csv", "text", "csv", b"name,chest,waist\nDani,96,81\nLeo,104,90\nMo,99,85\nSasha,88,72\n")],
    q=["give us a quote for the lot", "do you offer a group discount", "come by the shop to see samples"],
    quoted=["give us a quote for the lot"])

# q019 thanks + relayed request from a neighbour; Galaxy signature; quoted question
add(lang="en", frm="Nick Hollis <nick.hollis@hollisfarm.co.uk>", to=F3, subject="Re: Delivery Tuesday",
    kind="plain", cte="7bit",
    text="""Received the hives, all 40 in place by the hedge line. Thanks!

One thing - Geoff next door asked if you could do his cherries too, about 5 acres, same timing as ours.

Nick

Sent from my Galaxy


-------- Original message --------
From: Jonas Brandt <jonas@summwiese.de>
Date: 17/03/2025 18:05 (GMT+00:00)
To: Nick Hollis <nick.hollis@hollisfarm.co.uk>
Subject: Delivery Tuesday

Hi Nick, the lorry will be with you Tuesday around 7. Could you confirm when the hives arrive?
Jonas
""",
    q=["if you could do his cherries too"], quoted=["if you could do his cherries too"])

# q020 Apple Mail top-post over thread
add(lang="en", frm="Anne Corbett <anne.corbett@stmarys-ludlow.org.uk>", to=F5, subject="Re: Pendulum",
    kind="alt", cte="quoted-printable",
    text="""Elena - sorry, one more thing. The diocese wants the old pendulum kept for display. Can you crate it and ship it separately to the cathedral museum in Hereford?

Anne

> On 18 Mar 2025, at 10:31, Elena Ferri <elena@orologeriaferri.it> wrote:
>
> Dear Anne,
>
> The new pendulum rod is ready; we will fit it during the April visit.
> Do you want us to dispose of the old one?
>
> Best regards,
> Elena Ferri
""",
    q=["crate it and ship it separately"], quoted=["crate it and ship it separately"])

# q021 insurer relay, rhetorical tag question, QP, disclaimer
add(lang="en", frm="Martin Keogh <mkeogh@keoghwarehousing.ie>", to=F1, subject="Insurance query",
    kind="plain", cte="quoted-printable",
    text="""Harriet,

Our insurers have asked: do your handlers hold public liability cover of at least £5m? Could you send the certificate. You'd think the insurers had better things to do, wouldn't you?

Regards,
Martin Keogh
Keogh Warehousing Ltd
""",
    q=["do your handlers hold public liability cover", "Could you send the certificate"], quoted=[])

# q022 non-native English from a French speaker
add(lang="en", frm="Jean-Luc Dumoulin <jl.dumoulin@skynet.be>", to=F2, subject="chapel windows",
    kind="plain", charset="iso-8859-1", cte="8bit",
    text="""Hello,

I am the owner of a small chapel near Brugge since 2019. The windows are from 1920 I think, some glass is broken by the storm of last month. Please, can you come for look and give me a price?
Also I want to know if there is subsidies from Flemish government for this kind of work, my neighbour says yes.

Merci beaucoup,
Cordialement,
Jean-Luc Dumoulin
""",
    q=["can you come for look", "give me a price", "if there is subsidies from Flemish government"],
    quoted=["give me a price"])

# q023 nothing asked, HTML only
add(lang="en", frm="Tasha Greene <tashagreene.cos@outlook.com>", to=F4, subject="IT FITS",
    kind="html", cte="7bit",
    html=wrap_html("""<div>Got the package today, helmet fits PERFECTLY. You guys rock!!</div>
<div>Will post pics on insta and tag you &#x1F918;</div><div><br></div><div>Tasha</div>"""),
    q=[])

# q024 long story with one buried calculation request, rhetorical question
add(lang="en", frm="Callum Fraser <callum@fraserfruit.co.uk>", to=F3, subject="bumblebees for the tunnels",
    kind="plain", cte="quoted-printable",
    text="""Hi Jonas,

Long story short (it isn't short, sorry): we put up six new polytunnels over the winter, 8 m wide and about 120 m long each, all everbearer strawberries, and the old boxes we bought from the garden centre last year were a disaster, half the colonies were dead within a fortnight and the fruit came out knobbly. Then the heating failed in tunnel 3 the same week the picking crew arrived. Why is it always the week the picking crew arrives? Anyway, my agronomist reckons we under-stocked badly, so what I'm after really is whether you could work out how many bumblebee boxes we'd need for the six tunnels and how often they'd need replacing through to September. Planting is done, flowers from about 20 April.

Cheers,
Callum Fraser
Fraser Fruit, Blairgowrie
""",
    q=["work out how many bumblebee boxes"], quoted=["work out how many bumblebee boxes"])

# q025 two requests in one sentence + ring me
add(lang="en", frm="Dr Helen Marsh <h.marsh@horologymuseum.org.uk>", to=F5, subject="schedule / invoice",
    kind="plain", cte="7bit",
    text="""Elena,

Please send over the maintenance schedule and the invoice for the March visit. Ring me when you're free to talk about the bell hammer, it's hitting off-centre again.

Helen

Dr Helen Marsh | Curator of Horology
Museum of Time, Coventry
T 024 7655 0193
"Every clock tells a story"
""",
    q=["send over the maintenance schedule", "the invoice for the March visit", "talk about the bell hammer"],
    quoted=[])

# q026 top-post over Gmail thread, base64
add(lang="en", frm="Rosie Turnbull <rosie@chalkhillvineyard.co.uk>", to=F1, subject="Re: Starlings - Chalk Hill",
    kind="plain", cte="base64",
    text="""Hi Harriet, following up - still keen for the September visits. Could you also quote for netting the two south rows as a backup, in case the hawks can't cover both blocks?

Rosie

On Thu, 13 Mar 2025 at 12:05, Harriet Quill <harriet@skywardfalconry.co.uk> wrote:
> Hi Rosie,
>
> Lovely to speak yesterday. For the harvest period we'd suggest three flying
> days a week from 1 September. Would you like us to include the top field?
>
> Best wishes,
> Harriet
""",
    q=["quote for netting the two south rows"], quoted=["quote for netting the two south rows"])

# q027 formal valuation request, attachment
add(lang="en", frm="Charles Whitcombe <c.whitcombe@whitcombe-collection.com>", to=F2,
    subject="Valuation of stained glass panel", kind="alt", crlf=True,
    text="""Dear Ms Van Acker,

I recently acquired, at auction in Bath, the enclosed roundel depicting St Cecilia, approximately 45 cm in diameter.

I would be grateful if you could provide a written insurance valuation for the enclosed panel. Could you also let me know whether it is likely to be the work of Morris & Co, as the catalogue suggests?

Please let me know if you require any further information.

Yours sincerely,
Charles Whitcombe
""",
    att=[("roundel_front.jpg", "image", "jpeg", JPG)],
    q=["provide a written insurance valuation", "likely to be the work of Morris"],
    quoted=["provide a written insurance valuation", "likely to be the work of Morris"])

# q028 nothing asked, rhetorical question, season's greetings
add(lang="en", frm="Lorna Baptiste <lorna@stagelightsdrama.org>", to=F4, subject="Happy holidays from Stage Lights",
    kind="alt",
    text="""Hi Marcus and team,

Can you believe it's already been a year since the Hamlet run? The kids still talk about the ghost armour. Thank you for making our little youth theatre look like the RSC.

Have a wonderful break, and see you in the new year.

Lorna & the Stage Lights crew
""",
    q=[])

# q029 questions relayed from a board, inside an HTML bullet list
add(lang="en", frm="Gareth Llewellyn <gareth@valegrowers.coop>", to=F3, subject="Board questions",
    kind="alt",
    text="""Jonas,

Our board met yesterday and asked me to check a couple of things before they sign:

- is the hive rent VAT-exempt?
- can payment be made after harvest rather than on delivery?

Otherwise all fine from our side.

Gareth
Vale Growers Co-operative
""",
    html=wrap_html("""<div>Jonas,</div><div><br></div>
<div>Our board met yesterday and asked me to check a couple of things before they sign:</div>
<ul><li>is the hive rent VAT-exempt?</li><li>can payment be made after harvest rather than on delivery?</li></ul>
<div>Otherwise all fine from our side.</div><div><br></div><div>Gareth</div><div>Vale Growers Co-operative</div>"""),
    q=["is the hive rent VAT-exempt", "can payment be made after harvest"], quoted=[])

# q030 Thunderbird, two questions, one needs work
add(lang="en", frm="Bill Harrow <bill.harrow@talktalk.net>", to=F5, subject="February call-out",
    kind="plain", cte="7bit",
    text="""Hello Elena,

what do we owe for the call-out in February, I can't find the invoice anywhere. And could you also check the auto-winder while you're here on the 12th, it stopped twice last week.

Bill Harrow
Tower captain, St Peter's Bramley
""",
    q=["what do we owe for the call-out", "could you also check the auto-winder"],
    quoted=["could you also check the auto-winder"])


# ======================================================================= GERMAN
# q031 formal numbered, Outlook, iso-8859-1 QP, disclaimer
add(lang="de", frm="Heinrich Lühmann <h.luehmann@obsthof-luehmann.de>", to=F3,
    subject="Bestäubung Saison 2026 - Obsthof Lühmann", kind="plain", charset="iso-8859-1", cte="quoted-printable",
    crlf=True,
    text="""Sehr geehrter Herr Brandt,

vielen Dank für das nette Telefonat am Freitag. Wie besprochen hier unsere Fragen:

1. Wie viele Völker empfehlen Sie für 18 ha Elstar und Jonagold?
2. Bitte schicken Sie uns ein Angebot inklusive Transport und Aufstellung.
3. Ist eine Haftpflichtversicherung für Bienenstiche bei Erntehelfern enthalten?

Mit freundlichen Grüßen

Heinrich Lühmann
Obsthof Lühmann GbR
Hauptstraße 12, 21635 Jork
Tel. 04162 555 31

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
""",
    q=["Wie viele Völker empfehlen Sie", "Bitte schicken Sie uns ein Angebot",
       "Ist eine Haftpflichtversicherung für Bienenstiche"],
    quoted=["Bitte schicken Sie uns ein Angebot"])

# q032 chatty, small talk question, relayed question, Gmail alt
add(lang="de", frm="Martina Oberhofer <martina.oberhofer@gemeinde-kastelruth.it>", to=F5,
    subject="Kirchturmuhr St. Valentin", kind="alt",
    text="""Liebe Elena,

wie war der Urlaub? Hoffentlich hattet ihr besseres Wetter als wir hier, bei uns schneit es schon wieder.

Der Pfarrer lässt fragen, ob sich die Uhr nach dem Umbau automatisch auf Sommerzeit umstellt. Er hat letztes Jahr zweimal vergessen, sie vorzustellen, und die Messe begann eine Stunde zu spät :-)

Könnten Sie uns bis Ende Mai einen Kostenvoranschlag für die Funkuhr-Nachrüstung schicken? Der Gemeinderat tagt am 5. Juni.

Liebe Grüße
Martina Oberhofer
Bauamt Gemeinde Kastelruth
""",
    q=["automatisch auf Sommerzeit umstellt", "einen Kostenvoranschlag für die Funkuhr-Nachrüstung"],
    quoted=["einen Kostenvoranschlag für die Funkuhr-Nachrüstung"])

# q033 nothing asked, quoted question below, iPhone German
add(lang="de", frm="Frieda Scholz <frieda.scholz@t-online.de>", to=F3, subject="AW: Rechnung 2025-118",
    kind="plain", cte="8bit",
    text="""Danke, die Rechnung ist überwiesen. Schönes Wochenende!

Frieda

Von meinem iPhone gesendet

> Am 20.03.2025 um 17:12 schrieb Jonas Brandt <jonas@summwiese.de>:
>
> Hallo Frau Scholz,
>
> anbei die Rechnung für die Kirschblüte. Sollen wir die Völker im Mai wieder abholen oder bleiben sie für die Himbeeren?
>
> Viele Grüße
> Jonas Brandt
""",
    q=[])

# q034 terse imperatives, no question marks (German LARP club to props studio)
add(lang="de", frm="Sven Kowalczyk <vorstand@larp-wolfsmark.de>", to=F4, subject="Rechnung + Versand",
    kind="plain", cte="quoted-printable",
    text="""Hi Marcus,

brauchen die Rechnung nochmal mit unserer neuen USt-IdNr. DE318845120, die alte Nummer gilt seit Januar nicht mehr. Und bitte die Versandkosten nach Leipzig ausrechnen, für alle 6 Rüstungen zusammen.

Danke & Grüße aus Sachsen
Sven
--
LARP-Verein Wolfsmark e.V. | Vorstand
"Wer nicht kämpft, hat schon verloren"
""",
    q=["brauchen die Rechnung nochmal mit", "die Versandkosten nach Leipzig ausrechnen"], quoted=[])

# q035 Swiss German, Thunderbird inline reply, base64 windows-1252
add(lang="de", frm="Urs Gisler <urs.gisler@bluewin.ch>", to=F5, subject="Re: Turmuhr Altdorf - Termin",
    kind="plain", charset="windows-1252", cte="base64",
    text="""Am 21.03.25 um 09:40 schrieb Elena Ferri:
> Guten Tag Herr Gisler,
>
> wir könnten am 3. oder 10. Juni kommen.

Der 10. passt uns besser.

> Soll das Zifferblatt bei dieser Gelegenheit auch neu vergoldet werden?

Ja, unbedingt. Was kostet das ungefähr zusätzlich, mit Blattgold 23 Karat?

Freundliche Grüsse
Urs Gisler
Kirchgemeinde Altdorf
""",
    q=["Was kostet das ungefähr zusätzlich"], quoted=["Was kostet das ungefähr zusätzlich"])

# ======================================================================= FRENCH
# q036 formal Belgian fabrique d'église, two requests in one sentence, rhetorical
add(lang="fr", frm="Philippe Lambotte <fabrique.saintremacle@gmail.com>", to=F2,
    subject="Vitrail de la Vierge - église Saint-Remacle", kind="alt", crlf=True,
    text="""Madame Van Acker,

J'espère que vous allez bien. Qui aurait cru qu'une simple averse de grêle ferait autant de dégâts ? Le vitrail de la Vierge, côté sud, a perdu plusieurs pièces et le réseau de plomb est déformé.

Pourriez-vous nous envoyer un devis pour la restauration du vitrail et nous indiquer les délais d'intervention ? Le conseil de fabrique se réunit le 15 avril.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Philippe Lambotte
Secrétaire de la fabrique d'église Saint-Remacle, Stavelot
""",
    q=["un devis pour la restauration du vitrail", "nous indiquer les délais d'intervention"],
    quoted=["un devis pour la restauration du vitrail"])

# q037 nothing asked, rhetorical, iPhone French
add(lang="fr", frm="Colette Bessières <colette.bessieres@orange.fr>", to=F5, subject="Merci !",
    kind="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour Elena,

Merci pour l'intervention de mardi, l'horloge sonne à nouveau et les habitants sont ravis ! Ça fait plaisir d'entendre les cloches le dimanche, non ?

Bien amicalement,
Colette

Envoyé de mon iPhone
""",
    q=[])

# q038 Outlook forward with note on top
add(lang="fr", frm="Nathalie Dufour <n.dufour@musee-verre-charleroi.be>", to=F2, subject="TR: Sinistre n° 2025-0447",
    kind="plain", cte="quoted-printable", crlf=True,
    text="""Bonjour Griet,

Pouvez-vous vous occuper de ce qui suit ? L'assureur attend une réponse avant vendredi.

Merci d'avance,
Nathalie

Nathalie Dufour
Conservatrice, Musée du Verre - Charleroi

De : Service Sinistres <sinistres@assurances-meuse.be>
Envoyé : lundi 24 mars 2025 10:15
À : Nathalie Dufour <n.dufour@musee-verre-charleroi.be>
Objet : Sinistre n° 2025-0447

Madame,

Afin de traiter votre déclaration, nous avons besoin d'un rapport d'un restaurateur agréé décrivant les dommages ainsi que d'une estimation chiffrée des réparations. Pouvez-vous également nous préciser la valeur d'assurance du vitrail ?

Cordialement,
Service Sinistres
""",
    q=["Pouvez-vous vous occuper de ce qui suit"], quoted=["Pouvez-vous vous occuper de ce qui suit"])

# q039 casual, lowercase, typos, HTML only; rhetorical "tu te souviens"
add(lang="fr", frm="Manu Lefèvre <manu.lefevre@hotmail.fr>", to=F2, subject="vitrail cuisine",
    kind="html", cte="8bit",
    html=wrap_html("""<div>salut griet</div>
<div>tu te souviens du petit vitrail de ma cuisine ? ben il s'est encore fissuré, le chat a sauté dessus (évidemment). tu pourrais passer la semaine prochaine ? et tu garde toujours les verres anciens de récup, j'en aurais besoin pour la porte du jardin</div>
<div>bises<br>manu</div>""", "fr"),
    q=["tu pourrais passer la semaine prochaine", "tu garde toujours les verres anciens"], quoted=[])

# q040 Swiss commune, relayed question, closing formula, iso-8859-1
add(lang="fr", frm="Administration communale <greffe@commune-vallorbe-test.ch>", to=F5,
    subject="Horloge du temple - mécanisme", kind="plain", charset="iso-8859-1", cte="8bit",
    text="""Madame,

Suite à votre visite du 12 mars, le conseil communal demande : est-il possible de remplacer le mécanisme à remontage manuel par un moteur, tout en conservant l'ancien cadran ?

Merci de nous faire parvenir une estimation des coûts pour cette variante.

N'hésitez pas à nous contacter pour tout renseignement complémentaire.

Avec nos meilleures salutations,

Le Greffe municipal
""",
    q=["est-il possible de remplacer le mécanisme", "nous faire parvenir une estimation des coûts"],
    quoted=["nous faire parvenir une estimation des coûts"])

# ======================================================================= SPANISH
# q041 cooperative, formal, numbered-ish
add(lang="es", frm="Montserrat Puig <mpuig@coopametllers-segria.cat>", to=F3,
    subject="Colmenas para almendro - campaña 2026", kind="plain", cte="quoted-printable",
    text="""Buenos días, Jonas:

Somos una cooperativa de almendros en el Segrià (Lleida), unas 120 ha entre Guara, Lauranne y Vairo. El año pasado la polinización fue muy irregular.

¿Cuántas colmenas por hectárea recomiendan para variedades autofértiles? Y necesitamos presupuesto para las 120 ha, con transporte incluido.

Un saludo cordial,
Montserrat Puig
Cooperativa d'Ametllers del Segrià
Tel. 973 55 12 40
""",
    q=["Cuántas colmenas por hectárea recomiendan", "necesitamos presupuesto para las 120 ha"],
    quoted=["necesitamos presupuesto para las 120 ha"])

# q042 Mexican cosplayer, Spanglish, emoji, small talk, HTML alt
add(lang="es", frm="Ximena Robles <xime.robles.cos@gmail.com>", to=F4, subject="commission armadura zelda",
    kind="alt", cte="quoted-printable",
    text="""Hola Marcus!! \U0001F60A

¿Qué tal todo por Austin? Te escribo porque quiero hacer commission de una armadura de Zelda (la versión de Tears of the Kingdom), con la capa y todo. Tengo las medidas y referencias en un drive.

¿Me puedes dar un precio aproximado? y también ¿hacen envíos a Guadalajara?

Mil gracias!!
Xime \u2728
""",
    q=["Me puedes dar un precio aproximado", "hacen envíos a Guadalajara"],
    quoted=["Me puedes dar un precio aproximado"])

# q043 theatre company, Outlook, imperative + repair
add(lang="es", frm="Compañía Teatro del Alba <produccion@teatrodelalba.es>", to=F4,
    subject="Factura rectificada y espadas", kind="alt", charset="windows-1252", cte="quoted-printable", crlf=True,
    text="""Estimado Marcus:

Les ruego nos envíen la factura rectificada con el nuevo CIF (B-87654321), ya que la anterior nos la ha devuelto la gestoría.

Por otra parte, ¿podrían reparar las dos espadas que se rompieron en el ensayo general antes del estreno del día 14?

Atentamente,
Lucía Montalbán
Jefa de Producción – Teatro del Alba
""",
    q=["nos envíen la factura rectificada", "reparar las dos espadas que se rompieron"],
    quoted=["reparar las dos espadas que se rompieron"])

# q044 relayed question from partner, rhetorical, iPhone Spanish
add(lang="es", frm="Andrés Gil <andresgil.agro@yahoo.es>", to=F3, subject="Re: Contrato colmenas",
    kind="plain", cte="8bit",
    text="""Hola Jonas, mi socio pregunta si las colmenas tienen seguro en caso de robo, que el año pasado a los vecinos les robaron diez. ¿Quién roba colmenas, por Dios? ¿Y se puede pagar en dos plazos?

Gracias

Enviado desde mi iPhone

El 24 mar 2025, a las 19:02, Jonas Brandt <jonas@summwiese.de> escribió:

> Hola Andrés:
>
> Te adjunto el contrato para las 30 colmenas. ¿Prefieres entrega el 10 o el 12 de febrero?
>
> Saludos,
> Jonas
""",
    q=["las colmenas tienen seguro en caso de robo", "se puede pagar en dos plazos"], quoted=[])

# q045 bottom-posting in Gmail Spanish
add(lang="es", frm="Diego Ferrán <diego.ferran@gmail.com>", to=F4, subject="Re: Casco de Aquiles",
    kind="plain", cte="7bit",
    text="""El mar, 25 mar 2025 a las 16:40, Marcus Delgado (<marcus@forgeandfoam.com>) escribió:
> Hola Diego,
>
> El casco con cresta de crin natural llevaría unas 14 horas. ¿Quieres que lo empiece?
>
> Marcus

Perfecto, entonces adelante con el casco. Una cosa más: ¿podrían añadir el escudo a juego? Necesito saber cuánto subiría en total.

Un abrazo,
Diego
""",
    q=["podrían añadir el escudo a juego"], quoted=["podrían añadir el escudo a juego"])

# ======================================================================= DUTCH
# q046 Ghent homeowner, HTML list that informs, small talk, two requests
add(lang="nl", frm="Lieve De Smet <lieve.desmet@telenet.be>", to=F2, subject="glas-in-lood art nouveau woning",
    kind="alt",
    text="""Dag Griet,

Hoe gaat het met jullie? Lang geleden!

Wij hebben vorige maand een art-nouveauwoning gekocht in de Vaderlandstraat. Wat er allemaal is:

- voordeur met twee glas-in-loodpanelen (één gebarsten)
- traphal: drie grote panelen met irissen, lood is erg slap
- badkamer: klein raampje, in orde

Kunnen jullie langskomen om de glas-in-loodramen in de voordeur te bekijken? En graag een offerte voor het herstellen van de drie panelen in de traphal.

Groetjes,
Lieve
""",
    html=wrap_html("""<div>Dag Griet,</div><div><br></div><div>Hoe gaat het met jullie? Lang geleden!</div><div><br></div>
<div>Wij hebben vorige maand een art-nouveauwoning gekocht in de Vaderlandstraat. Wat er allemaal is:</div>
<ul><li>voordeur met twee glas-in-loodpanelen (één gebarsten)</li><li>traphal: drie grote panelen met irissen, lood is erg slap</li><li>badkamer: klein raampje, in orde</li></ul>
<div>Kunnen jullie langskomen om de glas-in-loodramen in de voordeur te bekijken? En graag een offerte voor het herstellen van de drie panelen in de traphal.</div><div><br></div>
<div>Groetjes,</div><div>Lieve</div>""", "nl"),
    q=["langskomen om de glas-in-loodramen in de voordeur", "graag een offerte voor het herstellen"],
    quoted=["graag een offerte voor het herstellen"])

# q047 nothing asked, signed contract attached, Dutch iPhone
add(lang="nl", frm="Kees Verhoef <kees@verhoef-aardbeien.nl>", to=F3, subject="getekende overeenkomst",
    kind="plain", cte="7bit",
    text="""Hoi Jonas,

Hierbij de getekende overeenkomst in de bijlage.

Groeten,
Kees

Verstuurd vanaf mijn iPhone
""",
    att=[("overeenkomst_2026_getekend.pdf", "application", "pdf", PDF)],
    q=[])

# q048 Outlook formal, relayed statement-question, iso-8859-1
add(lang="nl", frm="Bart Claeys <bart.claeys@notaris-claeys.be>", to=F2, subject="Restauratie kapel Oostakker",
    kind="alt", charset="iso-8859-1", cte="quoted-printable", crlf=True,
    text="""Geachte mevrouw Van Acker,

Namens de eigenaars van de kapel in Oostakker het volgende. De gemeente vraagt of de restauratie volgens de richtlijnen van Onroerend Erfgoed wordt uitgevoerd.

Kunt u ook een conditierapport opmaken voor het premiedossier?

Met vriendelijke groeten,

Bart Claeys
Notariskantoor Claeys
""",
    q=["volgens de richtlijnen van Onroerend Erfgoed", "een conditierapport opmaken voor het premiedossier"],
    quoted=["een conditierapport opmaken voor het premiedossier"])

# q049 terse, lowercase, conditional "bel me" (not counted), two requests
add(lang="nl", frm="Jan Bakker <jan@bakker-tomaten.nl>", to=F3, subject="hommels wk 12",
    kind="plain", cte="7bit",
    text="""jonas, 30 kasten hommels nodig voor week 12, zelfde als vorig jaar. bel me even als het niet lukt. en stuur de factuur naar het nieuwe adres aub: Zuidweg 14, Made

jan
""",
    q=["30 kasten hommels nodig voor week 12", "stuur de factuur naar het nieuwe adres"], quoted=[])

# q050 Apple Mail top-post, Flemish, quoted questions below
add(lang="nl", frm="Geert Van den Broeck <geert.vdbroeck@kerkfabriek-stbaafs.be>", to=F2,
    subject="Re: Beschermbeglazing koorramen", kind="plain", cte="quoted-printable",
    text="""Griet, nog één vraagje: kan de beschermbeglazing ook in gelaagd glas in plaats van polycarbonaat? En wat is het prijsverschil?

Geert

> Op 26 mrt. 2025 om 14:20 heeft Griet Van Acker <griet@atelier-lumen.be> het volgende geschreven:
>
> Beste Geert,
>
> In bijlage het voorstel voor de beschermbeglazing van de koorramen.
> Kunnen jullie de stellingen laten staan tot eind mei?
>
> Groeten,
> Griet
""",
    q=["kan de beschermbeglazing ook in gelaagd glas", "wat is het prijsverschil"],
    quoted=["wat is het prijsverschil"])

# ======================================================================= ITALIAN
# q051 parish priest, two requests in one sentence, Outlook
add(lang="it", frm="Don Mario Colombo <parrocchia.sanfermo@libero.it>", to=F5,
    subject="Orologio del campanile - San Fermo", kind="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Gentile Sig.ra Ferri,

dopo il fulmine di gennaio l'orologio del campanile è fermo alle 4 e 20, e i fedeli se ne lamentano ogni domenica.

Le chiederei cortesemente di inviarci un preventivo per il restauro dell'orologio e di indicarci se è possibile accedere a contributi regionali.

Cordiali saluti,
Don Mario Colombo
Parroco di San Fermo, Brescia
""",
    q=["inviarci un preventivo per il restauro", "se è possibile accedere a contributi regionali"],
    quoted=["inviarci un preventivo per il restauro"])

# q052 nothing asked, rhetorical, Italian iPhone
add(lang="it", frm="Giulia Marchetti <giulia.marchetti@comune-esine.bs.it>", to=F5, subject="Re: campane",
    kind="plain", cte="8bit",
    text="""Grazie mille, tutto perfetto! Come si dice, meglio tardi che mai, no?

Giulia

Inviato da iPhone
""",
    q=[])

# q053 relayed without question mark, small talk, imperative
add(lang="it", frm="Geom. Luca Bianchi <ufficiotecnico@comune-clusone-test.it>", to=F5,
    subject="campane festa patronale", kind="alt",
    text="""Ciao Elena,

come va a Bergamo? Qui piove da una settimana.

Il sindaco chiede se si può far suonare le campane anche per la festa patronale a mezzanotte, il 15 agosto. Mi mandi anche lo schema elettrico del quadro, per favore, che l'elettricista lo vuole vedere.

Grazie, a presto
Luca

Geom. Luca Bianchi
Ufficio Tecnico - Comune di Clusone
""",
    q=["si può far suonare le campane", "lo schema elettrico del quadro"], quoted=[])

# q054 Thunderbird inline reply Italian
add(lang="it", frm="Paolo Zanetti <p.zanetti@fastwebnet.it>", to=F5, subject="Re: Intervento torre civica",
    kind="plain", cte="quoted-printable",
    text="""Il 27/03/2025 10:05, Elena Ferri ha scritto:
> Gentile Sig. Zanetti,
>
> Le confermo l'intervento per il 5 giugno.

Perfetto.

> Durante il sopralluogo abbiamo notato che il quadrante andrebbe ridipinto.

Quanto costerebbe ridipingerlo con i numeri romani originali? Potete fatturare alla parrocchia invece che al comune?

Paolo Zanetti
""",
    q=["Quanto costerebbe ridipingerlo con i numeri", "fatturare alla parrocchia invece che al comune"],
    quoted=["Quanto costerebbe ridipingerlo con i numeri"])

# q055 Apple Mail forward with note on top
add(lang="it", frm="Arch. Silvia Rota <silvia.rota@studiorota.it>", to=F5, subject="I: Richiesta Soprintendenza",
    kind="alt", cte="quoted-printable",
    text="""Elena, mi gira la Soprintendenza questa richiesta: riesci a prepararmi tu la relazione tecnica che vogliono? Io non saprei da dove cominciare.

Silvia

Inizio messaggio inoltrato:

Da: Soprintendenza ABAP <sabap-bg@cultura-test.gov.it>
Oggetto: Richiesta integrazioni - Torre civica di Lovere
Data: 27 marzo 2025 alle ore 11:48:10 CET
A: Silvia Rota <silvia.rota@studiorota.it>

Gentile Architetto,
per completare l'istruttoria si richiede una relazione tecnica sullo stato di conservazione del meccanismo. È previsto lo smontaggio del castello in ghisa?

Distinti saluti
""",
    q=["prepararmi tu la relazione tecnica"], quoted=["prepararmi tu la relazione tecnica"])

# ======================================================================= PORTUGUESE
# q056 Douro quinta, formal pt-PT
add(lang="pt", frm="Margarida Sequeira <msequeira@quintadavessada.pt>", to=F1PT,
    subject="Controlo de estorninhos - vindima 2025", kind="alt", crlf=True,
    text="""Boa tarde Sr. Tiago,

Recebemos o seu contacto através da Associação de Viticultores do Douro.

Gostaríamos de saber se é possível fazer o controlo dos estorninhos durante a vindima, em setembro. Pode enviar-nos uma proposta para os 35 hectares?

Com os melhores cumprimentos,
Margarida Sequeira
Quinta da Vessada - Enologia
""",
    q=["fazer o controlo dos estorninhos durante a vindima", "enviar-nos uma proposta para os 35 hectares"],
    quoted=["enviar-nos uma proposta para os 35 hectares"])

# q057 Brazilian living in PT, informal, HTML only, small talk
add(lang="pt", frm="Rafael Souza <rafa.souza@gmail.com>", to=F1PT, subject="pombos no silo",
    kind="html", cte="base64",
    html=wrap_html("""<div>Oi Tiago, tudo bem? E o calor aí, aguentando?</div>
<div>Cara, vocês também fazem controle de pombos em silos? O nosso em Lamego está cheio.</div>
<div>Ah, e me manda o contrato assinado de volta por favor, o da quinta, que o contador está pedindo.</div>
<div><br></div><div>Abraço<br>Rafa</div>""", "pt"),
    q=["também fazem controle de pombos em silos", "me manda o contrato assinado de volta"], quoted=[])

# q058 bank relays question, imperative, iso-8859-1 8bit
add(lang="pt", frm="Joaquim Ferreira <jferreira@adegaferreira.pt>", to=F1PT, subject="Pedido do banco",
    kind="plain", charset="iso-8859-1", cte="8bit",
    text="""Bom dia,

Estamos a tratar do financiamento e o banco pede: a empresa tem seguro de responsabilidade civil?

Preciso também de uma fatura com o NIF correto, o da última vem com o NIF da quinta antiga.

Obrigado,
Joaquim Ferreira
Adega Ferreira & Filhos
""",
    q=["a empresa tem seguro de responsabilidade civil", "uma fatura com o NIF correto"], quoted=[])

# q059 long ramble, buried request, rhetorical, iPhone Portuguese
add(lang="pt", frm="Nuno Pacheco <nuno.pacheco@aerodromo-vilareal-test.pt>", to=F1PT, subject="gaivotas",
    kind="plain", cte="quoted-printable",
    text="""Olá Tiago, desculpa a mensagem tão longa mas isto está complicado, as gaivotas do aterro passaram a vir todas as tardes para a pista, na semana passada tivemos duas aproximações falhadas e um ultraleve com o para-brisas partido, a ANAC já ligou duas vezes, quem é que se lembra de pôr um aeródromo ao lado de um aterro, não é? enfim, falei com a direção e se calhar o melhor era vocês fazerem um estudo do risco de aves para o aeródromo antes do verão, eles pagam o que for preciso desde que fique documentado

abraço
Nuno

Enviado do meu iPhone
""",
    q=["fazerem um estudo do risco de aves"], quoted=["fazerem um estudo do risco de aves"])

# q060 numbered questions, Outlook pt, quoted history with question
add(lang="pt", frm="Helena Castro <reservas@casadoribeiro-turismo.pt>", to=F1PT,
    subject="RE: Falcoaria para o hotel rural", kind="plain", cte="quoted-printable", crlf=True,
    text="""Caro Tiago,

Obrigada pela visita de ontem. Algumas perguntas antes de avançarmos:

1. Quanto tempo demora cada visita?
2. Os falcões são perigosos para os cães dos hóspedes?
3. Podem apresentar orçamento para um contrato anual?

Cumprimentos,
Helena Castro
Casa do Ribeiro - Turismo Rural

De: Tiago Mendes <tiago@skywardfalconry.pt>
Enviada: quinta-feira, 27 de março de 2025 18:30
Para: Helena Castro <reservas@casadoribeiro-turismo.pt>
Assunto: Falcoaria para o hotel rural

Cara Helena,
Foi um prazer conhecê-la. Prefere as visitas de manhã ou ao fim da tarde?
Tiago
""",
    q=["Quanto tempo demora cada visita", "Os falcões são perigosos para os cães",
       "apresentar orçamento para um contrato anual"],
    quoted=["apresentar orçamento para um contrato anual"])


QUESTIONS = []
for _s in Q:
    _s = dict(_s)
    _s["from"] = _s.pop("frm")
    QUESTIONS.append(_s)
