"""Machine-made replies r059-r068 (out-of-office, bounce, read receipts, ticket acks)."""
import base64
import quopri

from gen_lib import FIRMS, STAFF, mid, enc_addr, enc_header, assemble, boundary


def ooo(name, firm, lang, frm, subject, date, body, note, extra, fmt="plain", cte="qp",
        charset="utf-8", html_style=None, crlf=None):
    c = dict(name=name, firm=firm, lang=lang, frm=frm, subject=subject, date=date, body=body,
             decision="automatic", note=note, in_reply_to="PREV", extra_headers=extra,
             fmt=fmt, cte=cte, charset=charset)
    if html_style:
        c["html_style"] = html_style
    if crlf is not None:
        c["crlf"] = crlf
    return c


def _bounce(c):
    fname, faddr = FIRMS[c["firm"]]
    orig_mid = mid(c["name"] + "-orig", faddr.split("@")[1])
    b = boundary(c["name"])
    host = "mx1." + faddr.split("@")[1]
    headers = [
        ("Return-Path", "<>"),
        ("From", "Mail Delivery System <MAILER-DAEMON@%s>" % host),
        ("To", faddr),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", c["date"]),
        ("Message-ID", mid(c["name"], host)),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Content-Type", "multipart/report; report-type=delivery-status;\n\tboundary=\"%s\"" % b),
    ]
    rcpt = c["bounce_rcpt"]
    text = ("This is the mail system at host %s.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            "<%s>: host mail.%s[203.0.113.25] said: 550 5.1.1\n"
            "    <%s>: Recipient address rejected: User unknown in virtual mailbox\n"
            "    table (in reply to RCPT TO command)\n" % (host, rcpt, rcpt.split("@")[1], rcpt))
    status = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: 4Zk9Qm1xT2z9rxB\n"
              "Arrival-Date: %s\n\n"
              "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\n"
              "Status: 5.1.1\nRemote-MTA: dns; mail.%s\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User\n"
              "    unknown in virtual mailbox table\n" % (
                  host, c["date"], rcpt, rcpt, rcpt.split("@")[1], rcpt))
    sname, saddr = STAFF[c["bounce_sender"]]
    orig = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n" % (
                enc_addr(sname, saddr), rcpt, c["orig_subject"], c["orig_date"], orig_mid))
    orig = orig.encode() + quopri.encodestring(c["orig_text"].encode("utf-8"))
    body = ("\nThis is a MIME-encapsulated message.\n\n--%s\n"
            "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n%s\n"
            "--%s\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n%s\n"
            "--%s\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" % (
                b, text, b, status, b)).encode() + orig + ("\n--%s--\n" % b).encode()
    return assemble(headers, body, c.get("crlf", False))


def _mdn(c):
    fname, faddr = FIRMS[c["firm"]]
    sname, saddr = STAFF[c["mdn_sender"]]
    b = boundary(c["name"])
    cs = c.get("charset", "utf-8")
    headers = [
        ("From", enc_addr(c["frm"][0], c["frm"][1], cs)),
        ("To", enc_addr(sname, saddr)),
        ("Cc", faddr),
        ("Subject", enc_header(c["subject"], cs)),
        ("Date", c["date"]),
        ("Message-ID", mid(c["name"], c["frm"][1].split("@")[1])),
        ("In-Reply-To", c["in_reply_to"]),
        ("References", c["in_reply_to"]),
        ("MIME-Version", "1.0"),
        ("Content-Type", "multipart/report; report-type=disposition-notification;\n\tboundary=\"%s\"" % b),
    ]
    text = c["body"]
    part1 = ("Content-Type: text/plain; charset=\"%s\"\nContent-Transfer-Encoding: quoted-printable\n\n" % cs).encode()
    part1 += quopri.encodestring(text.encode(cs))
    dn = ("Reporting-UA: %s; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;%s\n"
          "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % (
              c["frm"][1].split("@")[1], c["frm"][1], c["in_reply_to"]))
    body = ("\n--%s\n" % b).encode() + part1 + ("\n--%s\nContent-Type: message/disposition-notification\n\n%s\n--%s--\n" % (
        b, dn, b)).encode()
    return assemble(headers, body, c.get("crlf", False))


R_AUTO = [
ooo("r059", "CHAR", "en", ("Margaret Oduya", "treasurer@friendsofhollinpark.org.uk"),
    "Automatic reply: Gift Aid claim - quote", "Mon, 07 Apr 2025 09:00:03 +0100",
    """Thank you for your email. I am away until Monday 14 April with limited access to email.

For anything urgent, please contact our chair, Ruth Keane, on 07700 900 123.

Margaret Oduya
Treasurer, Friends of Hollin Park""",
    "Outlook out-of-office with a 'please contact' line; Auto-Submitted header",
    [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
     ("X-MS-Exchange-Inbox-Rules-Loop", "treasurer@friendsofhollinpark.org.uk")],
    fmt="html", html_style="outlook", cte="qp"),

dict(name="r060", firm="PAY", lang="en", frm=("Mail Delivery System", "MAILER-DAEMON@mx1.tellerbrook-payroll.eu"),
     subject="Undelivered Mail Returned to Sender", date="Wed, 14 May 2025 10:22:41 +0200 (CEST)",
     body="", decision="automatic", raw_bytes=_bounce,
     bounce_rcpt="d.amoah@amoahdental.co.uk", bounce_sender="fiona",
     orig_subject="Quote: P11D preparation 2024/25", orig_date="Wed, 14 May 2025 10:22:37 +0200",
     orig_text="Hi Derek,\n\nPreparing the P11D forms for your three associates will take about 3 hours at \u00a395 per hour. Shall I go ahead?\n\nKind regards\nFiona Marsh\nTellerbrook Payroll & HR\n",
     note="Postfix bounce (multipart/report) carrying the firm's own quote with 'Shall I go ahead?'"),

dict(name="r061", firm="SOFT", lang="en", frm=("Alison Drummond", "alison.drummond@fernleyhomes.com"),
     subject="Read: Admin panel - phase 2 quote", date="Tue, 15 Apr 2025 08:02:10 +0100",
     in_reply_to="PREV", decision="automatic", raw_bytes=_mdn, mdn_sender="priya",
     body="""Your message

  To: Alison Drummond
  Subject: Admin panel - phase 2 quote
  Sent: 14 April 2025 17:35:12 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on 15 April 2025 08:02:09 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
""", note="Outlook read receipt (disposition-notification)"),

ooo("r062", "SOFT", "en", ("Oakhill Supply IT Service Desk", "servicedesk@oakhillsupply.com"),
    "[Request ID :##48213##] : Re: Quote - warehouse scanner app", "Thu, 27 Mar 2025 14:31:09 +0000",
    """Dear Priya Nair,

Thank you for contacting the Oakhill Supply IT Service Desk. Your request has been logged with reference ##48213##.

A member of our team will respond within 2 working days. To add information to this request, reply to this email keeping the reference in the subject line. Please do not change the subject.

Summary of your request:
---
Hi Lars, building the offline mode for the warehouse scanner app will take about 10 hours at \u00a3110 per hour. Shall I go ahead?
---

Oakhill Supply IT Service Desk
This is an automated message.""",
    "helpdesk ticket acknowledgement that echoes the quote; Auto-Submitted: auto-generated",
    [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
     ("X-Mailer", "ServiceDesk Plus")], fmt="plain", cte="8bit"),

ooo("r063", "SOFT", "de", ("Katrin Vogt", "k.vogt@hebel-haustechnik.de"),
    "Automatische Antwort: Schnittstelle ERP - Angebot", "Mon, 14 Apr 2025 07:45:00 +0200",
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 21.04.2025 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Herrn Peter Lang (p.lang@hebel-haustechnik.de, Tel. +49 711 455 67-200).

Mit freundlichen Grüßen
Katrin Vogt""",
    "German Outlook out-of-office (Automatische Antwort)",
    [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    fmt="html", html_style="outlook", cte="qp", charset="windows-1252"),

ooo("r064", "CHAR", "fr", ("Sophie Lemaire", "tresoriere@asso-lesjardinsdumonde.fr"),
    "Réponse automatique : Clôture des comptes 2024", "Mon, 04 Aug 2025 09:10:00 +0200",
    """Bonjour,

Je suis absente jusqu'au 25 août inclus. Pour toute urgence, merci de contacter notre présidente, Mme Anne Girard, au 06 98 76 54 32.

Cordialement,
Sophie Lemaire
Trésorière""",
    "French vacation auto-reply with only X-Autoreply header (no Auto-Submitted)",
    [("X-Autoreply", "yes"), ("Precedence", "auto_reply")], fmt="plain", cte="qp"),

ooo("r065", "GARDEN", "es", ("Carmen Ruiz", "carmenruiz.arq@gmail.com"),
    "Respuesta automática: Presupuesto pérgola", "Tue, 01 Apr 2025 12:00:00 +0200",
    """Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 7 de abril con acceso limitado al correo.

Para asuntos urgentes, puede contactar con mi socio, Diego Salas, en el 612 345 678.

Un saludo,
Carmen Ruiz""",
    "Spanish out-of-office",
    [("Auto-Submitted", "auto-replied")], fmt="alt", cte="qp"),

ooo("r066", "SOFT", "nl", ("Klantenservice Willems Fietsen", "service@willemsfietsen.nl"),
    "Uw bericht is ontvangen [#NL-20931]", "Fri, 09 May 2025 16:05:33 +0200",
    """Beste afzender,

Bedankt voor uw bericht. Wij hebben uw vraag in goede orde ontvangen onder nummer NL-20931. U ontvangt binnen twee werkdagen een reactie van een van onze medewerkers.

Dit is een automatisch gegenereerd bericht; u kunt hier niet op antwoorden.

Met vriendelijke groet,
Klantenservice Willems Fietsen""",
    "Dutch ticket-system acknowledgement",
    [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")], fmt="html", cte="qp"),

ooo("r067", "LAW", "it", ("Roberto Galli", "r.galli@galliarredamenti.it"),
    "Risposta automatica: Revisione regolamento aziendale", "Tue, 15 Apr 2025 08:00:00 +0200",
    """Grazie per il messaggio.

Sarò fuori ufficio fino al 22 aprile compreso, con accesso limitato alla posta elettronica. Per urgenze può contattare la mia collega Elisa Fontana all'indirizzo e.fontana@galliarredamenti.it.

Cordiali saluti,
Roberto Galli""",
    "Italian out-of-office",
    [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    fmt="plain", cte="8bit", charset="iso-8859-1"),

dict(name="r068", firm="SOFT", lang="pt", frm=("Tiago Fonseca", "tiago.fonseca@frescura.pt"),
     subject="Lida: Integração com o ERP - orçamento", date="Wed, 21 May 2025 09:31:02 +0100",
     in_reply_to="PREV", decision="automatic", raw_bytes=_mdn, mdn_sender="ines",
     charset="iso-8859-1",
     body="""A sua mensagem

  Para: Tiago Fonseca
  Assunto: Integração com o ERP - orçamento
  Enviada: 20/05/2025 18:12

foi lida em 21/05/2025 09:31.
""", note="Portuguese Outlook read receipt (Lida:), Latin-1"),
]
