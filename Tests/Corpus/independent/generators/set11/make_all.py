import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common, hand_a, hand_b, hand_c, hand_d, hand_e
for h in (hand_a, hand_b, hand_c, hand_d, hand_e):
    h.build()
common.write_keys()
print(len(common.KEYS), "files")
