# Generator for set106: runs the four hands, re-saves two files through LibreOffice, writes keys.
import subprocess, os, shutil, tempfile
import gen_common
from gen_common import OUT, write_keys
import gen_h1, gen_h3, gen_h2, gen_h4

def lo_resave(fname, fmt):
    tmp = tempfile.mkdtemp()
    src = os.path.join(OUT, fname)
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", tmp, src], check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, fname), src)

lo_resave("SYT-BC-tieu-chuan-do-luong-2026.docx", "docx")
lo_resave("SQHKT_KH38.xlsx", "xlsx")
write_keys()
print(len(gen_common.KEYS), "files")
