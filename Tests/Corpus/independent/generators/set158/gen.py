# -*- coding: utf-8 -*-
"""Set 158 generator: builds all report files and their truth keys.
Run: python3 gen.py   (then python3 check.py)"""
import os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_hanh, gen_tuan, gen_loan, gen_phuc, gen_thao

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for p in glob.glob(os.path.join(here, "*.docx")) + glob.glob(os.path.join(here, "*.xlsx")) \
            + glob.glob(os.path.join(here, "truth", "*.json")):
        os.remove(p)
    for m in (gen_hanh, gen_tuan, gen_loan, gen_phuc, gen_thao):
        m.run()
    print(len(glob.glob(os.path.join(here, "truth", "*.json"))), "files written")
