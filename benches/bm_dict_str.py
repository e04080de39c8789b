"""Dict and string workload: word counting, splitting, joining, formatting, building."""
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "ve", "xu", "an", "el",
             "or", "qui", "zen", "dra", "bo", "fy", "gu", "hel"]


class Rng(object):
    """Tiny deterministic LCG so the benchmark needs no `random` module."""

    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def make_vocabulary(rng, size):
    words = []
    seen = {}
    while len(words) < size:
        w = "".join(SYLLABLES[rng.next(len(SYLLABLES))] for _ in range(1 + rng.next(3)))
        if w not in seen:
            seen[w] = True
            words.append(w)
    return words


def make_text(rng, vocab, nlines):
    lines = []
    for i in range(nlines):
        nwords = 5 + rng.next(10)
        parts = []
        for _ in range(nwords):
            # skewed distribution: low indices are much more common
            idx = rng.next(len(vocab))
            idx = idx * idx // len(vocab)
            w = vocab[idx]
            if rng.next(10) == 0:
                w = w.capitalize()
            parts.append(w)
        line = " ".join(parts)
        if i % 3 == 0:
            line += "."
        elif i % 3 == 1:
            line += ","
        lines.append(line)
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.splitlines():
        for word in line.split():
            word = word.strip(".,").lower()
            counts[word] = counts.get(word, 0) + 1
    return counts


def bigrams(text):
    pairs = {}
    words = text.replace(".", " ").replace(",", " ").lower().split()
    for a, b in zip(words, words[1:]):
        key = a + "_" + b
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
    return pairs


def format_report(counts, top):
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    out = []
    for rank, (word, n) in enumerate(items[:top], 1):
        out.append("%3d. %-12s %6d %s" % (rank, word, n, "#" * (n * 40 // items[0][1])))
        out.append("{0:>4}|{1:<10}|{2:08.3f}|{3!r}".format(rank, word[:10], n / 7.0, word.upper()))
        out.append(f"{word:^16}:{n:x}:{len(word)}")
    return "\n".join(out)


def letter_stats(text):
    freq = {}
    for ch in text:
        if ch.isalpha():
            freq[ch] = freq.get(ch, 0) + 1
    return "".join("%s%d" % (k, freq[k]) for k in sorted(freq))


def string_ops(vocab):
    acc = []
    total = 0
    for i, w in enumerate(vocab):
        s = w * 3
        s = s.replace(w[0], w[0].upper(), 2)
        if s.startswith(w[0].upper()) and w[-1] in "aeiou":
            total += s.find(w[-1]) + s.count(w[0])
        parts = s.partition(w[-1])
        acc.append(parts[0][::-1] + "-" + parts[2][:4])
        acc.append(str(i).zfill(5) + ":" + w.center(12, "*"))
        total += len(w.encode()) if hasattr(w, "encode") else len(w)
    joined = "|".join(acc)
    return total, len(joined), joined[:60]


def dict_ops(counts):
    inverted = {}
    for w, n in counts.items():
        inverted.setdefault(n, []).append(w)
    merged = dict(counts)
    merged.update((k + "!", v * 2) for k, v in list(counts.items())[:200])
    keys = [k for k in merged if k.endswith("!")]
    for k in keys:
        del merged[k]
    same = merged == counts
    nested = {w: {"len": len(w), "n": n, "first": w[:1]} for w, n in counts.items()}
    s = 0
    for w in nested:
        d = nested[w]
        s += d["len"] * d["n"] + ord(d["first"] or " ")
    return len(inverted), same, s


def main(nlines, reps):
    rng = Rng(42)
    vocab = make_vocabulary(rng, 800)
    text = make_text(rng, vocab, nlines)
    for _ in range(reps):
        counts = count_words(text)
        pairs = bigrams(text)
        report = format_report(counts, 15)
        stats = letter_stats(text)
        sops = string_ops(vocab)
        dops = dict_ops(counts)
    h = 0
    for ch in report:
        h = (h * 131 + ord(ch)) % 1000000007
    print("text length: %d lines: %d" % (len(text), text.count("\n") + 1))
    print("distinct words: %d total words: %d" % (len(counts), sum(counts.values())))
    print("distinct bigrams: %d top bigram count: %d" % (len(pairs), max(pairs.values())))
    print(report.splitlines()[0])
    print("report hash: %d" % h)
    print("letters: %s" % stats[:80])
    print("string ops: %r" % (sops,))
    print("dict ops: %r" % (dops,))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 4000, 30)
