"""Open a document in LibreOffice, update all its indexes (contents, index), save it as PDF.

Run with the Python that has LibreOffice's UNO bridge (Debian: /usr/bin/python3 with
python3-uno): python3 lo_update_indexes.py SOURCE OUT.pdf PROFILE_DIR
"""
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


src, out, profile = sys.argv[1], sys.argv[2], sys.argv[3]
port = 20000 + sum(map(ord, profile)) % 10000
office = subprocess.Popen(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                           "--invisible", "--nologo", "--norestore",
                           f"--accept=socket,host=127.0.0.1,port={port};urp;"])
desktop = None
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(100):
        try:
            ctx = resolver.resolve(
                f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(0.3)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0,
                                       (prop("Hidden", True),))
    indexes = doc.getDocumentIndexes()
    for _ in range(2):   # the second pass sees the pages the first one changed
        for i in range(indexes.getCount()):
            indexes.getByIndex(i).update()
        doc.refresh()
    count = indexes.getCount()
    doc.storeToURL(uno.systemPathToFileUrl(out), (prop("FilterName", "writer_pdf_Export"),))
    doc.close(True)
    print("updated", count, "indexes")
finally:
    if desktop is not None:
        try:
            desktop.terminate()
        except Exception:
            pass
    office.wait(timeout=30)
