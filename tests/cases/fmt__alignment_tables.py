# Formatting tabular output with computed widths, numbers aligned on sign and decimal point.
data = [("alpha", 1.5, -3), ("beta", -22.25, 140), ("gamma-long-name", 0.0, 7), ("d", 12345.678, -98765)]
wn = max(len(r[0]) for r in data)
print(f"{'name':<{wn}} {'value':>12} {'count':>8}")
print(f"{'':-<{wn}} {'':->12} {'':->8}")
for name, val, cnt in data:
    print(f"{name:<{wn}} {val:>12.3f} {cnt:>8,d}")
print()
for name, val, cnt in data:
    print(f"{name:^{wn}}|{val:=+12.2f}|{cnt:^+9d}|{cnt:08d}|{val:e}")
total = sum(r[1] for r in data)
print(f"{'total':>{wn}} {total:>12.3f} {sum(r[2] for r in data):>8,d}")
print("{0:>{w}}|{1:<{w}}|".format("r", "l", w=5), "{:>{}}".format("x", 4), "{:{}{}}".format(3, "0", 4))
print(f"{'pct':>5} {0.256:>7.1%} {1:>7.0%} {-0.0314:+.2%}")
headers = ["id", "label", "ratio"]
rows = [(1, "a", 0.5), (22, "bbb", 0.125), (333, "cc", 1.0)]
widths = [max(len(str(h)), *(len(f"{r[i]}") for r in rows)) for i, h in enumerate(headers)]
print(" | ".join(f"{h:^{w}}" for h, w in zip(headers, widths)))
print("-+-".join("-" * w for w in widths))
for r in rows:
    print(" | ".join(f"{v:>{w}}" for v, w in zip(r, widths)))
