"""Build every set8 file and its key. Run: python3 make_all.py"""
import common, hand_a, hand_b, hand_c, hand_d, hand_e
for m in (hand_a, hand_b, hand_c, hand_d, hand_e):
    m.main()
common.finish()
print(len(common.KEYS), "files")
