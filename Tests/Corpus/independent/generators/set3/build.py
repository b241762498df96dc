"""Build every set3 report, re-save a few through LibreOffice as a LibreOffice user would,
then write the answer keys (sha256 of the final bytes)."""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hand_a, hand_b, hand_c, hand_d, hand_e, mistakes  # noqa: E402
from common import OUT, TRUTH  # noqa: E402

LO_RESAVE = {
    "Sở Du lịch - KQ TĐC 2026.xlsx": "xlsx:Calc MS Excel 2007 XML",
    "QLKH_CT38_2026.xlsx": "xlsx:Calc MS Excel 2007 XML",
    "PhuNhuan_CV2318_bao cao TDC.docx": "docx:MS Word 2007 XML",
    "BC 96 - UBND xa An Thoi Dong - CT38.docx": "docx:MS Word 2007 XML",
}


def lo_resave(name, filt):
    src = os.path.join(OUT, name)
    with tempfile.TemporaryDirectory() as td:
        prof = os.path.join(td, "profile")
        outd = os.path.join(td, "out")
        os.makedirs(outd)
        subprocess.run(["/usr/bin/soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", filt, "--outdir", outd, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        produced = os.path.join(outd, name)
        assert os.path.exists(produced), name
        shutil.copyfile(produced, src)


def main():
    os.makedirs(TRUTH, exist_ok=True)
    for f in os.listdir(TRUTH):
        os.remove(os.path.join(TRUTH, f))
    keys = hand_a.main() + hand_b.main() + hand_c.main() + hand_d.main() + hand_e.main() + mistakes.main()
    if os.path.exists("/usr/bin/soffice"):
        for name, filt in LO_RESAVE.items():
            lo_resave(name, filt)
    for k in keys:
        k.write()
    print(len(keys), "files")


if __name__ == "__main__":
    main()
