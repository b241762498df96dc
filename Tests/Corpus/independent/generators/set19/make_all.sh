#!/bin/sh
# Regenerate every file and key of set19, then check.
cd "$(dirname "$0")"
python3 gen_h1.py && python3 gen_h2.py && python3 gen_h3.py && python3 gen_h4.py && python3 gen_h5.py && python3 gen_mistaken.py && python3 check.py
