# Building and splitting large strings: join, repeated concat, counts, replace on big input.
parts = [str(i) for i in range(10000)]
big = ",".join(parts)
print(len(big), big[:20], big[-20:], big.count(","), big.split(",")[-1])
acc = ""
for i in range(2000):
    acc += str(i % 10)
print(len(acc), acc[:30], acc.count("7"))
text = "the cat sat on the mat " * 5000
print(len(text), text.count("at"), text.replace("at", "og")[:30], len(text.split()), text.find("mat", 50000))
words = text.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items()))
print("".join(reversed(acc[:20])), acc[::-100][:10])
lines = "\n".join(f"line {i}" for i in range(1000))
print(len(lines.splitlines()), lines.splitlines()[500], lines.rfind("line 9"))
print("x" * 100000 == "".join(["x"] * 100000), ("ab" * 50000).count("ba"))
print(str(2 ** 10000)[:20], len(str(2 ** 10000)))
print(sum(map(int, str(3 ** 2000))), "%s" % ("z" * 10))
