# Pure-Python stdlib modules compiled by pyrite and run by the mini-VM
# (tests/minivm.rs sets MINIVM_MODULES for this file).
import textwrap, difflib, fractions, colorsys, shlex, fnmatch, calendar, pprint, ipaddress, string, html, statistics
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(textwrap.dedent("   a\n   b\n"), textwrap.shorten("Hello  world, this is long", 15))
print(list(difflib.unified_diff(["a\n", "b\n", "c\n"], ["a\n", "B\n", "c\n"], "x", "y")))
print(difflib.SequenceMatcher(None, "abcdefg", "abxdefz").ratio(), difflib.get_close_matches("appel", ["ape", "apple", "peach"]))
F = fractions.Fraction
print(F(3, 4) + F(1, 6), F("1.25") ** 2, F(7, 3).limit_denominator(2), round(F(7, 2)), float(F(1, 3)))
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.6), colorsys.hls_to_rgb(0.5, 0.5, 0.5))
print(shlex.split("a 'b c' \"d e\" f\\ g"), shlex.quote("it's"), shlex.join(["x y", "z"]))
print(fnmatch.fnmatch("foo.py", "*.py"), fnmatch.filter(["a.c", "b.h", "c.c"], "*.c"), fnmatch.translate("a?[bc]*"))
print(calendar.isleap(2024), calendar.monthrange(2023, 2), calendar.weekday(2024, 1, 1))
print(calendar.month(2024, 2))
pprint.pprint({"k%d" % i: list(range(i)) for i in range(8)}, width=40)
n = ipaddress.ip_network("192.168.0.0/28")
print(n.num_addresses, list(n.hosts())[:3], ipaddress.ip_address("10.0.0.1") in ipaddress.ip_network("10.0.0.0/8"))
print(ipaddress.IPv6Address("::1").compressed, sorted([ipaddress.ip_address("10.0.0.2"), ipaddress.ip_address("10.0.0.1")]))
print(string.Template("$who likes ${what}").substitute(who="tim", what="pie"), string.capwords("hello there  world"))
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&amp;&#x41;&eacute;"))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.mode("aabbbc"))
