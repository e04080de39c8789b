# printf-style % formatting: all conversions, flags, width/precision, dicts, errors.
print("%s|%r|%a|%d|%i|%u" % ("s", "r", "é", 42, -7, 3))
print("%o|%x|%X|%#o|%#x|%#X|%e|%E|%f|%F|%g|%G|%c|%c|%%" % (8, 255, 255, 8, 255, 255, 1.5, 1.5, 1.5, 1.5, 1e-5, 1e20, "z", 65))
print("[%5d][%-5d][%05d][%+d][% d][%+05d][%.3d][%5.3d]" % (42, 42, 42, 42, 42, -42, 7, 7))
print("[%10s][%-10s][%.2s][%10.2s][%*d][%-*d][%.*f]" % ("abc", "abc", "abc", "abc", 6, 1, 6, 1, 2, 3.14159))
print("%(name)s is %(age)03d; %(name)r" % {"name": "Bob", "age": 7})
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", "b"), "%s" % ((1, 2),), "no args" % ())
print("%d %d" % (3.99, -3.99), "%x" % 3 if True else "", "%i" % True, "%.2f" % 2, "%s" % None)
print("%5.1f%%" % 99.44, "%-8.3e|" % 12345.6789, "%+.0f" % 2.5, "%#.0f" % 2.0, "%g" % 100000, "%g" % 1000000)
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 1),
                  ("%c", "ab"), ("%c", 0x110000), ("%x", 1.5), ("%(a)s %s", {"a": 1}), ("%", ())]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print(b"%s %d %x %c %r" % (b"bytes", 5, 255, 65, "s"), b"%5s|%-5s|" % (b"ab", b"cd"))
print("%s" % b"b", "%r" % b"b", "%a" % "☃", "%s" % 1.0, "%r" % 0.1, "%.3s" % "abcdef")
print("%-6s|%6s|%06.2f|%-+6d|" % ("ab", "ab", -1.5, 3))
print("%(x)s %(x)s" % {"x": "twice"}, "%()s" % {"": "empty key"})
print("%o %x %X" % (-8, -255, 2 ** 70), "%e" % 0, "%.3g" % 0.0001234, "%10.4g|" % 3.14159265)
