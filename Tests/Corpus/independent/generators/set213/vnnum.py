D = ["không","một","hai","ba","bốn","năm","sáu","bảy","tám","chín"]
def _99(n):
    if n < 10: return D[n]
    if n < 20: return "mười" + ("" if n == 10 else " " + ("lăm" if n % 10 == 5 else D[n % 10]))
    t, u = divmod(n, 10)
    s = D[t] + " mươi"
    if u == 0: return s
    return s + " " + {1: "mốt", 4: "tư", 5: "lăm"}.get(u, D[u])
def _999(n, full=False):
    h, r = divmod(n, 100)
    if h == 0 and not full: return _99(r)
    s = D[h] + " trăm"
    if r == 0: return s
    if r < 10: return s + " linh " + D[r]
    return s + " " + _99(r)
def words(n):
    if n == 0: return "không"
    parts = []
    for val, name in ((10**9, "tỷ"), (10**6, "triệu"), (1000, "nghìn")):
        q, n = divmod(n, val)
        if q: parts.append(_999(q, full=bool(parts)) + " " + name)
    if n: parts.append(_999(n, full=bool(parts)))
    return " ".join(parts)
