match p:
    case [1, *rest]:
        pass
    case {"k": v, **kw}:
        pass
    case Point(x=0, y=yy) | Point(x=1, y=yy):
        pass
    case str() as s if s:
        pass
    case _:
        pass
