import binascii as b
tests = [b"hello world", b"caf\xc3\xa9 = ok", b"trailing space \nnext", b"tab\there\t\n", b"a" * 100, b"x" * 74 + b"=", b"line1\r\nline2 \r\n", b".\nstart dot", b"under_score", b"\x00\x01\x7f\xff", b"ends with space ", b"ends with tab\t", b"=" * 30, b"ab\ncd" * 30, b"a b c" * 20]
for t in tests:
    for kw in [{}, {"quotetabs": True}, {"istext": False}, {"header": True}]:
        try:
            r = b.b2a_qp(t, **kw)
        except Exception as e:
            r = type(e).__name__
        print(kw, r, b.a2b_qp(r) == t if isinstance(r, bytes) and not kw.get("header") else "")
for s in [b"a=\r\nb", b"=41=42", b"=4", b"=zz", b"a_b", b"soft=\nbreak", b"=\n", b"x=\r\n", b"= \n", b"abc=  \nd"]:
    print(s, b.a2b_qp(s), b.a2b_qp(s, header=True))
