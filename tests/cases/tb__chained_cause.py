# raise ... from ...: "The above exception was the direct cause".
class ParseError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f"bad port {text!r}") from e

print(parse_port("80"))
print(parse_port("eighty"))
