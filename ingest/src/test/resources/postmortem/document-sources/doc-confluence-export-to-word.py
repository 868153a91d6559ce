"""Wraps doc-confluence-export-to-word.html as Confluence's "Export to Word" does: a MIME multipart/related message
whose HTML part is quoted-printable (lines of at most 76 characters, soft breaks inside words), saved as .doc.
Run from this folder: python3 doc-confluence-export-to-word.py > ../doc-confluence-export-to-word.doc"""
import quopri
import sys

html = open("doc-confluence-export-to-word.html", "rb").read()
boundary = "----=_Part_4172_1290738419.1756912384512"
head = (
    "Date: Wed, 3 Sep 2025 17:13:04 +0000 (UTC)\r\n"
    "Message-ID: <1425870541.4173.1756912384512@acme-confluence>\r\n"
    "Subject: Exported From Confluence\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/related; \r\n"
    f"\tboundary=\"{boundary}\"\r\n"
    "\r\n"
    f"--{boundary}\r\n"
    "Content-Type: text/html; charset=UTF-8\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "Content-Location: file:///C:/exported.html\r\n"
    "\r\n"
)
body = quopri.encodestring(html.replace(b"\n", b"\r\n")).replace(b"=\n", b"=\r\n").replace(b"\n", b"\r\n").replace(b"\r\r\n", b"\r\n")
sys.stdout.buffer.write(head.encode("ascii") + body + f"\r\n--{boundary}--\r\n".encode("ascii"))
