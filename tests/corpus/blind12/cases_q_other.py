"""Non-English question emails q033-q062 (de, fr, es, nl, it, pt)."""
from gen_lib import attr, who_str

NB = "\u00a0"  # French non-breaking space before ? : ! ;

Q_OTHER = [
# ------------------------------------------------------------------ German
dict(name="q033", firm="PAY", lang="de", frm=("Sabine Krämer", "s.kraemer@kraemer-bau.de"),
     subject="Überstunden März / Abrechnung Yilmaz", date="Thu, 13 Mar 2025 06:47:12 +0100",
     body="""Hallo Herr Hoffmann,

kurze Frage: Gilt die Frist für die Meldung der Überstunden noch bis zum 20.? Und könnten Sie mir die Lohnabrechnung von Frau Yilmaz für März nochmal schicken, sie findet ihre nicht mehr.

Danke und Gruß
Sabine Krämer

Von meinem iPhone gesendet""",
     fmt="plain", cte="qp", charset="utf-8",
     q=["Gilt die Frist für die Meldung", "Lohnabrechnung von Frau Yilmaz für März"], quoted=[],
     note="German phone mail, quick deadline + resend request (no question mark)"),

dict(name="q034", firm="SOFT", lang="de", frm=("Katrin Vogt", "k.vogt@hebel-haustechnik.de"),
     subject="AW: Release 2.4", date="Tue, 06 May 2025 10:31:44 +0200", in_reply_to="PREV",
     body="""Sehr geehrter Herr Brenner,

vielen Dank für das Update zum Release 2.4.

Könnten Sie sich bei Gelegenheit einmal die Performance unseres Kundenportals anschauen? Die Suche nach Aufträgen dauert inzwischen teilweise über acht Sekunden, was unsere Außendienstler ziemlich nervt.

Außerdem wäre es schön, bis Ende Mai eine erste Version des Berichtsmoduls zu bekommen, damit wir es auf der Vertriebstagung zeigen können.

Läuft der Wartungsvertrag eigentlich noch bis Dezember?

Mit freundlichen Grüßen

Katrin Vogt
Leiterin IT-Organisation
Hebel & Sohn Haustechnik GmbH
Industriestraße 14 · 73760 Ostfildern
Tel. +49 711 455 67-210

Hebel & Sohn Haustechnik GmbH · Sitz Ostfildern · Amtsgericht Stuttgart HRB 738211 · Geschäftsführer: Rainer Hebel
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.""",
     quote=dict(style="outlook", lang="de",
                hdr=(who_str("matthias"), "Montag, 5. Mai 2025 16:12", "Katrin Vogt <k.vogt@hebel-haustechnik.de>",
                     "Release 2.4"),
                text="""Hallo Frau Vogt,

Release 2.4 ist seit heute Mittag live. Haben Sie schon Rückmeldungen von Ihren Nutzern?

Viele Grüße
Matthias Brenner
Quillstack Software"""),
     fmt="html", html_style="outlook", cte="qp", charset="windows-1252",
     q=["die Performance unseres Kundenportals anschauen", "eine erste Version des Berichtsmoduls",
        "Läuft der Wartungsvertrag eigentlich noch"],
     quoted=["die Performance unseres Kundenportals anschauen", "eine erste Version des Berichtsmoduls"],
     note="German Outlook HTML windows-1252; two indirect real-work requests (one 'wäre es schön' without ?) + quick contract question; German disclaimer"),

dict(name="q035", firm="GARDEN", lang="de", frm=("Jonas Weber", "jonas.weber@posteo.de"),
     subject="Re: Aufmaß Garten", date="Mon, 14 Apr 2025 19:12:03 +0200", in_reply_to="PREV",
     body="""Hallo Frau Berger,

passt, dann bis Dienstag!

Viele Grüße
Jonas Weber""",
     quote=dict(style="gmail", attr=attr("de", "Mo., 14. Apr. 2025 um 18:03 Uhr", "hanna"),
                text="""Hallo Herr Weber,

ich könnte am Dienstag um 10 Uhr vorbeikommen, um den Garten aufzumessen. Passt Ihnen das?

Viele Grüße
Hanna Berger"""),
     fmt="alt", cte="8bit", charset="utf-8",
     q=[], quoted=[],
     note="empty: short German confirmation, question only in quote"),

dict(name="q036", firm="CHAR", lang="de", frm=("Florian Huber", "kasse@tv-eichenau.de"),
     subject="Steuererklärung TV Eichenau", date="Wed, 09 Apr 2025 21:05:40 +0200",
     body="""Sehr geehrte Damen und Herren,

ich bin seit März Kassenwart beim Turnverein Eichenau 1898 e.V. und übernehme die Unterlagen von Herrn Maier.

Ist die Abgabefrist für die Steuererklärung des Vereins immer noch der 31. Juli? Brauchen Sie die Kassenbücher im Original oder reichen Kopien?

Mit freundlichen Grüßen
Florian Huber
Kassenwart TV Eichenau 1898 e.V.""",
     fmt="plain", cte="qp", charset="iso-8859-1",
     q=["Abgabefrist für die Steuererklärung des Vereins", "Brauchen Sie die Kassenbücher im Original"],
     quoted=[],
     note="Latin-1 QP; deadline question that sounds big but is quick + what-do-you-need question"),

dict(name="q037", firm="LAW", lang="de", frm=("Dr. Anja Reinholt", "a.reinholt@kortmann-antriebe.de"),
     subject="Aufhebungsvertrag UK - Herr Whitmore", date="Fri, 16 May 2025 11:20:00 +0200",
     body="""Guten Tag Frau Okafor,

wie telefonisch besprochen, möchten wir uns von unserem Vertriebsleiter in London, Herrn Paul Whitmore, einvernehmlich trennen. Er ist seit 2019 bei uns, das Bruttojahresgehalt liegt bei 96.000 GBP.

Könnten Sie uns dafür einen ersten Entwurf für einen Aufhebungsvertrag nach englischem Recht erstellen? Die Eckpunkte hat unser Personalleiter in der Anlage zusammengefasst.

Wann hätten Sie nächste Woche Zeit für ein kurzes Telefonat?

Beste Grüße aus Bielefeld
Dr. Anja Reinholt
Justiziarin
Kortmann Antriebstechnik GmbH""",
     attach=("Eckpunkte_Whitmore.pdf", "application/pdf"),
     fmt="alt", cte="b64", charset="utf-8",
     q=["ersten Entwurf für einen Aufhebungsvertrag", "Wann hätten Sie nächste Woche Zeit"],
     quoted=["ersten Entwurf für einen Aufhebungsvertrag"],
     note="German drafting request (quoted) + quick scheduling question; base64 alternative"),

# ------------------------------------------------------------------ French
dict(name="q038", firm="CHAR", lang="fr", frm=("Sophie Lemaire", "tresoriere@asso-lesjardinsdumonde.fr"),
     subject="Petite question", date="Tue, 03 Jun 2025 12:41:09 +0200",
     body="""Bonjour Claire,

Petite question rapide""" + NB + """: la date limite pour le dépôt des comptes annuels est-elle toujours le 30 juin""" + NB + """? Et pourriez-vous me renvoyer la lettre de mission signée, je ne la retrouve plus.

Merci et bonne journée,
Sophie

Envoyé de mon iPhone""",
     fmt="plain", cte="qp", charset="utf-8",
     q=["la date limite pour le dépôt des comptes", "me renvoyer la lettre de mission"], quoted=[],
     note="French phone mail with non-breaking spaces before punctuation; two quick questions"),

dict(name="q039", firm="PAY", lang="fr", frm=("Nathalie Deprez", "n.deprez@boulangerie-deprez.be"),
     subject="Pécule de vacances temps partiels", date="Wed, 04 Jun 2025 09:02:51 +0200",
     body="""Bonjour Madame Claes,

Nous avons l'impression que les montants du pécule de vacances versés en mai à nos employés à temps partiel sont trop élevés (voir par exemple Mme Lambert et M. Dewitte).

Pourriez-vous jeter un œil au calcul du pécule pour l'ensemble des temps partiels et nous dire s'il faut régulariser""" + NB + """?

Pourriez-vous aussi nous confirmer que la fiche 281.10 de Mme Lambert a bien été envoyée""" + NB + """?

Bien à vous,

Nathalie Deprez
Responsable administrative
Boulangerie Deprez SRL
Chaussée de Waterloo 412, 1050 Ixelles
Tél.""" + NB + """: +32 2 555 01 87""",
     fmt="plain", cte="qp", charset="windows-1252",
     q=["jeter un œil au calcul du pécule", "confirmer que la fiche 281.10"],
     quoted=["jeter un œil au calcul du pécule"],
     note="Belgian French windows-1252 (œ); review of holiday-pay calculation (quoted) + quick status"),

dict(name="q040", firm="SOFT", lang="fr", frm=("Julien Roussel", "julien.roussel@atelier-roussel.fr"),
     subject="Re: Mise à jour facturation", date="Fri, 14 Mar 2025 11:03:27 +0100", in_reply_to="PREV",
     body="""Merci beaucoup, c'est parfait. Bonne fin de semaine à toute l'équipe""" + NB + """!

Julien""",
     quote=dict(style="gmail", attr=attr("fr", "ven. 14 mars 2025 à 10:12", "elodie"),
                text="""Bonjour Julien,

La mise à jour est en ligne. Pouvez-vous vérifier que les factures s'affichent correctement""" + NB + """?

Bien cordialement,
Élodie"""),
     fmt="alt", cte="qp", charset="utf-8",
     q=[], quoted=[],
     note="empty: French thanks, question only in quote"),

dict(name="q041", firm="GARDEN", lang="fr", frm=("Isabelle Fontaine", "isa.fontaine@orange.fr"),
     subject="Terrasse 5e étage", date="Sat, 29 Mar 2025 16:18:33 +0100",
     body="""Bonjour,

Suite à votre passage la semaine dernière, nous avons réfléchi et nous aimerions finalement végétaliser toute la terrasse du 5e étage.

Serait-il possible d'avoir une première version du plan de plantation d'ici fin avril""" + NB + """? Nous aimerions aussi savoir si vous êtes disponibles un samedi pour une deuxième visite, mon mari travaille en semaine.

Cordialement,
Isabelle Fontaine
06 12 34 56 78""",
     fmt="html", cte="qp", charset="utf-8",
     q=["une première version du plan de plantation", "si vous êtes disponibles un samedi"],
     quoted=["une première version du plan de plantation"],
     note="French Gmail HTML-only; 'serait-il possible d'avoir une première version' (quoted) + indirect quick question"),

dict(name="q042", firm="LAW", lang="fr", frm=("Laurent Mercier", "l.mercier@ateliers-mercier.fr"),
     subject="Audience prud'hommes", date="Mon, 12 May 2025 08:15:00 +0200",
     body="""Maître,

Pouvez-vous me confirmer la date de l'audience devant le conseil de prud'hommes""" + NB + """? Par ailleurs, faut-il que je vienne accompagné de notre DRH""" + NB + """?

Je vous remercie par avance.

Bien cordialement,

Laurent Mercier
Directeur général
Ateliers Mercier SAS

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination, toute diffusion ou toute publication, totale ou partielle, est interdite sauf autorisation expresse.""",
     fmt="html", html_style="outlook", cte="qp", charset="windows-1252",
     q=["Pouvez-vous me confirmer la date", "faut-il que je vienne accompagné"], quoted=[],
     note="formal French Outlook HTML, two quick questions, French disclaimer"),

# ------------------------------------------------------------------ Spanish
dict(name="q043", firm="LAW", lang="es", frm=("Álvaro Sanz", "alvaro.sanz@hostalsanz.es"),
     subject="Plazo papeleta", date="Thu, 20 Mar 2025 22:14:51 +0100",
     body="""Hola Lucía, ¿sigue siendo el 15 el plazo para presentar la papeleta de conciliación? Y otra cosa, ¿me puedes mandar otra vez el poder para firmarlo? Lo perdí entre tanto correo \U0001F605

Gracias!!

Enviado desde mi móvil""",
     fmt="plain", cte="b64", charset="utf-8",
     q=["sigue siendo el 15 el plazo", "me puedes mandar otra vez el poder"], quoted=[],
     note="Spanish phone mail, inverted question marks, emoji, base64"),

dict(name="q044", firm="SOFT", lang="es", frm=("Marina Castro", "marina.castro@retratosnube.es"),
     subject="Error subida de fotos Android", date="Tue, 15 Apr 2025 10:44:10 +0200",
     body="""Hola Pablo:

Queríamos ver si podríais echarle un vistazo al error que da la app al subir fotos desde Android. A varios usuarios se les queda la pantalla en blanco y luego se cierra. Os adjunto capturas y el modelo de los móviles.

¿Y el servidor de pruebas sigue apuntando a la base de datos antigua?

Un saludo,
Marina Castro
Responsable de Producto · Retratos Nube S.L.
Tel. 91 123 45 67""",
     fmt="alt", cte="qp", charset="utf-8",
     q=["echarle un vistazo al error", "servidor de pruebas sigue apuntando"],
     quoted=["echarle un vistazo al error"],
     note="Spanish indirect bug-fix request 'queríamos ver si podríais echarle un vistazo' (quoted) + quick"),

dict(name="q045", firm="CHAR", lang="es", frm=("Javier Roldán", "tesoreria@asociacionelfaro.org"),
     subject="RE: Borrador cuentas anuales", date="Mon, 03 Mar 2025 13:02:00 +0100", in_reply_to="PREV",
     body="""Recibido, muchas gracias.

Un saludo,
Javier""",
     quote=dict(style="gmail", attr=attr("es", "lun, 3 mar 2025 a las 9:41", "marta"),
                text="""Hola Javier:

Te adjunto el borrador de las cuentas anuales de la asociación. ¿Podrías revisarlo con la junta antes del día 15?

Un saludo,
Marta"""),
     fmt="plain", cte="qp", charset="iso-8859-1",
     q=[], quoted=[],
     note="empty: Spanish acknowledgement; question in the quote only"),

dict(name="q046", firm="PAY", lang="es", frm=("Rocío Méndez", "administracion@talleresmendez.es"),
     subject="Nómina marzo y certificados", date="Fri, 28 Mar 2025 09:37:15 +0100",
     body="""Buenos días:

¿Podríais confirmarme si la nómina de marzo ya está cerrada? Tenemos una baja nueva que todavía no os hemos comunicado.

¿Cuándo nos enviaréis los certificados de retenciones del año pasado?

Saludos cordiales,
Rocío Méndez
Administración - Talleres Méndez Hermanos S.L.""",
     fmt="plain", cte="qp", charset="iso-8859-1",
     q=["la nómina de marzo ya está cerrada", "Cuándo nos enviaréis los certificados"], quoted=[],
     note="Spanish Latin-1 QP, quick-only questions"),

dict(name="q047", firm="GARDEN", lang="es", frm=("Carmen Ruiz", "carmenruiz.arq@gmail.com"),
     subject="Lunes", date="Sat, 10 May 2025 18:30:44 +0200",
     body="""Hola Tom:

¿A qué hora llega el equipo el lunes? ¿Hay que dejar el agua conectada o traéis vuestra propia manguera?

Gracias,
Carmen""",
     fmt="html", cte="8bit", charset="utf-8",
     q=["A qué hora llega el equipo", "Hay que dejar el agua conectada"], quoted=[],
     note="short Spanish Gmail HTML, two quick questions"),

# ------------------------------------------------------------------ Dutch
dict(name="q048", firm="PAY", lang="nl", frm=("Marloes Hendriks", "marloes@hendriks-installatie.nl"),
     subject="wijzigingen april", date="Tue, 15 Apr 2025 07:58:20 +0200",
     body="""Hoi Anouk,

Is de deadline voor de wijzigingen van april nog steeds de 18e? En kun je de loonstrook van Pieter de Vries nog een keer sturen, hij is hem kwijt.

Groet,
Marloes

Verstuurd vanaf mijn iPhone""",
     fmt="plain", cte="8bit", charset="utf-8",
     q=["deadline voor de wijzigingen van april", "loonstrook van Pieter de Vries"], quoted=[],
     note="Dutch phone mail, quick deadline + resend"),

dict(name="q049", firm="GARDEN", lang="nl", frm=("Wouter Bakker", "wouter.bakker@ziggo.nl"),
     subject="Achtertuin", date="Sun, 02 Mar 2025 20:41:07 +0100",
     body="""Hallo Sanne,

Leuk je vorige week gesproken te hebben op de beurs. Zoals besproken willen we de achtertuin dit voorjaar helemaal anders, met een zithoek bij de schutting en een kleine moestuin achterin.

We vroegen ons af of jullie een eerste schets zouden kunnen maken, zodat we een idee krijgen van de mogelijkheden en de kosten. Hebben jullie daarvoor nog maten van ons nodig?

Hartelijke groet,
Wouter en Ilse Bakker
Lindelaan 23, Amersfoort
06-12345678""",
     fmt="alt", cte="b64", charset="utf-8",
     q=["een eerste schets zouden kunnen maken", "nog maten van ons nodig"],
     quoted=["een eerste schets zouden kunnen maken"],
     note="Dutch indirect design request 'we vroegen ons af of' (quoted) + quick what-do-you-need"),

dict(name="q050", firm="CHAR", lang="nl", frm=("Els Verhoeven", "secretaris@vriendenhospicezeeland.nl"),
     subject="Vergadering en factuur", date="Thu, 22 May 2025 14:09:58 +0200",
     body="""Beste Pieter,

Is de vergadering met het bestuur over de jaarrekening nog steeds op 12 juni? En wanneer ontvangen wij de factuur voor 2024? Onze penningmeester wil die nog in de begroting meenemen.

Met vriendelijke groet,

Els Verhoeven
Secretaris Stichting Vrienden van het Hospice Zeeland""",
     fmt="html", html_style="outlook", cte="qp", charset="utf-8",
     q=["vergadering met het bestuur over de jaarrekening", "wanneer ontvangen wij de factuur"], quoted=[],
     note="Dutch Outlook HTML, quick-only"),

dict(name="q051", firm="SOFT", lang="nl", frm=("Bas Willems", "bas@willemsfietsen.nl"),
     subject="RE: Inlogprobleem", date="Thu, 10 Apr 2025 15:01:33 +0200", in_reply_to="PREV",
     body="""Top, dank je wel!

Groet,
Bas""",
     quote=dict(style="outlook", lang="nl",
                hdr=(who_str("joris"), "donderdag 10 april 2025 14:22", "Bas Willems <bas@willemsfietsen.nl>",
                     "RE: Inlogprobleem"),
                text="""Hoi Bas,

Het inlogprobleem is opgelost, het lag aan een verlopen certificaat. Kun je het nog even testen?

Groet,
Joris"""),
     fmt="plain", cte="8bit", charset="utf-8",
     q=[], quoted=[],
     note="empty: Dutch thanks above an Outlook 'Van:/Verzonden:' block"),

dict(name="q052", firm="LAW", lang="nl", frm=("Henk Dijkstra", "h.dijkstra@dijkstratransport.nl"),
     subject="Vaststellingsovereenkomst", date="Wed, 07 May 2025 13:30:00 +0200",
     body="""Goedemiddag mr. Visser,

Kunt u mij laten weten of de vaststellingsovereenkomst al door de werknemer is getekend? Ik hoor het graag.

Met vriendelijke groet,
Henk Dijkstra
Dijkstra Transport B.V.""",
     fmt="plain", cte="7bit", charset="us-ascii",
     q=["vaststellingsovereenkomst al door de werknemer"], quoted=[],
     note="Dutch formal status question; 'Ik hoor het graag' is not a question"),

# ------------------------------------------------------------------ Italian
dict(name="q053", firm="GARDEN", lang="it", frm=("Francesca Moretti", "francesca.moretti@libero.it"),
     subject="Piante", date="Wed, 16 Apr 2025 08:12:45 +0200",
     body="""Ciao Giulia, la consegna delle piante è sempre confermata per giovedì? Mi mandi il numero del vivaio così li chiamo io?
Grazie!

Inviato da iPhone""",
     fmt="plain", cte="qp", charset="utf-8",
     q=["la consegna delle piante è sempre", "Mi mandi il numero del vivaio"], quoted=[],
     note="Italian phone mail, two quick questions"),

dict(name="q054", firm="CHAR", lang="it", frm=("Paolo Ferraris", "presidente@amiciparcoticino.it"),
     subject="Rendiconto 2024", date="Mon, 10 Mar 2025 18:55:02 +0100",
     body="""Gentile dott.ssa Russo,

come anticipato al telefono, quest'anno i volontari che tenevano la contabilità dell'associazione non sono più disponibili.

Vorremmo chiederle se fosse possibile predisporre il rendiconto per cassa del 2024; le allego l'estratto conto e le ricevute delle quote associative.

Inoltre, la scadenza per il deposito al RUNTS è sempre il 30 giugno?

Cordiali saluti,
Paolo Ferraris
Presidente - Associazione Amici del Parco del Ticino APS""",
     fmt="plain", cte="qp", charset="iso-8859-1",
     q=["predisporre il rendiconto per cassa", "la scadenza per il deposito al RUNTS"],
     quoted=["predisporre il rendiconto per cassa"],
     note="Italian Latin-1; indirect request to prepare accounts (quoted) + quick deadline"),

dict(name="q055", firm="SOFT", lang="it", frm=("Luca Bernardi", "luca@bernardivini.it"),
     subject="Re: Nuova versione app", date="Fri, 07 Mar 2025 18:20:11 +0100", in_reply_to="PREV",
     body="""Perfetto, grazie mille! Buona serata

Luca""",
     quote=dict(style="gmail", attr=attr("it", "ven 7 mar 2025 alle ore 17:02", "davide"),
                text="""Ciao Luca,

abbiamo caricato la nuova versione sullo store. Riesci a fare un ultimo controllo prima della pubblicazione?

Davide"""),
     fmt="alt", cte="qp", charset="utf-8",
     q=[], quoted=[],
     note="empty: Italian thanks, question only in quote"),

dict(name="q056", firm="PAY", lang="it", frm=("Simona Gatti", "amministrazione@gatticostruzioni.it"),
     subject="Cedolini febbraio", date="Mon, 03 Mar 2025 09:20:40 +0100",
     body="""Buongiorno,

potreste inviarmi di nuovo i cedolini di febbraio? Il file che ci avete mandato non si apre, dice che è danneggiato.

Grazie, cordiali saluti

Simona Gatti
Ufficio Amministrazione
Gatti Costruzioni S.r.l.

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Qualora il messaggio Le fosse pervenuto per errore, La preghiamo di darne comunicazione al mittente e di cancellarlo. (D.Lgs. 196/2003 e Reg. UE 2016/679)""",
     fmt="html", html_style="outlook", cte="b64", charset="utf-8",
     q=["potreste inviarmi di nuovo i cedolini"], quoted=[],
     note="Italian Outlook HTML base64, one quick resend request, Italian privacy disclaimer"),

dict(name="q057", firm="LAW", lang="it", frm=("Roberto Galli", "r.galli@galliarredamenti.it"),
     subject="Appuntamento martedì", date="Fri, 23 May 2025 17:45:00 +0200",
     body="""Gentile Avvocato,

è ancora valido l'appuntamento di martedì alle 15? Posso portare anche il nostro consulente del lavoro, il dott. Marino?

Distinti saluti,
Roberto Galli""",
     fmt="plain", cte="8bit", charset="utf-8",
     q=["ancora valido l'appuntamento di martedì", "Posso portare anche il nostro consulente"], quoted=[],
     note="short formal Italian, two quick questions"),

# ------------------------------------------------------------------ Portuguese
dict(name="q058", firm="LAW", lang="pt", frm=("Nuno Teixeira", "nuno.teixeira@teixeiratextil.pt"),
     subject="Prazo contestação", date="Tue, 08 Apr 2025 08:05:33 +0100",
     body="""Bom dia Dr. Carvalho, o prazo para a contestação ainda é dia 30? E pode mandar-me a procuração outra vez? Não a encontro.
Obrigado

Enviado do meu iPhone""",
     fmt="plain", cte="qp", charset="utf-8",
     q=["o prazo para a contestação ainda", "pode mandar-me a procuração outra vez"], quoted=[],
     note="European Portuguese phone mail, quick deadline + resend"),

dict(name="q059", firm="SOFT", lang="pt", frm=("Tiago Fonseca", "tiago.fonseca@frescura.pt"),
     subject="Painel de relatórios", date="Wed, 30 Apr 2025 16:27:19 +0100",
     body="""Olá Inês,

Espero que esteja tudo bem por aí.

Será que seria possível recebermos uma primeira versão do painel de relatórios até ao fim do mês? A administração quer começar a usá-lo já em junho.

Também queríamos saber se o contrato de manutenção inclui as atualizações para a nova versão do Android.

Cumprimentos,
Tiago Fonseca
Diretor de Operações | Frescura Distribuição, Lda.
+351 21 123 4567""",
     fmt="alt", cte="qp", charset="utf-8",
     q=["uma primeira versão do painel de relatórios", "o contrato de manutenção inclui"],
     quoted=["uma primeira versão do painel de relatórios"],
     note="Portuguese indirect build request (quoted) + indirect quick yes/no without question mark"),

dict(name="q060", firm="CHAR", lang="pt", frm=("Maria do Carmo Pires", "tesouraria@amigosdetomar.pt"),
     subject="Declaração IRC", date="Thu, 15 May 2025 10:10:10 +0100",
     body="""Cara Dra. Joana Matos,

Gostaríamos de saber quando fica pronta a declaração de IRC da associação. Precisa das atas da assembleia geral deste ano?

Com os melhores cumprimentos,
Maria do Carmo Pires
Tesoureira - Associação Cultural Os Amigos de Tomar""",
     fmt="plain", cte="qp", charset="iso-8859-1",
     q=["quando fica pronta a declaração", "Precisa das atas da assembleia geral"], quoted=[],
     note="Portuguese Latin-1, indirect status question + what-do-you-need"),

dict(name="q061", firm="PAY", lang="pt", frm=("Rafael Nogueira", "rafael@nogueiralogistica.com.br"),
     subject="holerite abril", date="Mon, 05 May 2025 09:12:48 -0300",
     body="""Oi Camila, tudo bem?

Vocês conseguem me mandar o holerite de abril da Ana Souza? E o prazo pra enviar as horas extras continua sendo dia 20?

Valeu!
Rafael

Enviado do meu celular""",
     fmt="plain", cte="8bit", charset="utf-8",
     q=["conseguem me mandar o holerite", "prazo pra enviar as horas extras"], quoted=[],
     note="Brazilian Portuguese phone mail; 'tudo bem?' greeting is not a question"),

dict(name="q062", firm="GARDEN", lang="pt", frm=("Miguel Antunes", "miguel.antunes@sapo.pt"),
     subject="Re: Visita ao jardim", date="Tue, 13 May 2025 08:02:44 -0000", in_reply_to="PREV",
     body="""Muito obrigado pela visita de ontem, ficou tudo muito claro.

Um abraço,
Miguel""",
     quote=dict(style="gmail", attr=attr("pt", "seg., 12 de mai. de 2025 às 19:30", "beatriz"),
                text="""Olá Miguel,

Obrigada pela visita. Como combinado, envio a proposta até sexta-feira. Tem alguma dúvida entretanto?

Beatriz"""),
     fmt="alt", cte="8bit", charset="utf-8",
     q=[], quoted=[],
     note="empty: Portuguese thanks; question only in quote"),
]
