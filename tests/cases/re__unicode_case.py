# re: IGNORECASE with Unicode special foldings, ASCII flag, Unicode classes
import re

chars = 'iIİıkKKsSſσςΣµμΜВвᲀßẞǄǅǆΩωΩÅåÅθϑΘϴ'
for c in chars:
    print(c, ''.join(x for x in chars if re.fullmatch(c, x, re.I)),
          ''.join(x for x in chars if re.fullmatch('[' + c + ']', x, re.I)),
          ''.join(x for x in chars if re.fullmatch(c, x, re.I | re.A)))
print(re.findall(r'(?i)[a-z]+', 'Straße KELVIN ſtop İstanbul'))
print(re.findall(r'(?ia)[a-z]+', 'Straße KELVIN ſtop İstanbul'))
print(re.findall(r'\w+', 'naïve café ١٢٣ x_y'), re.findall(r'(?a)\w+', 'naïve café ١٢٣ x_y'))
print(re.findall(r'\d+', '12 ١٢٣ ۴۵'), re.findall(r'(?a)\d+', '12 ١٢٣'))
print(re.findall(r'\s+', 'a\u00a0b\u2003c\u3000d'), re.findall(r'(?a)\s', 'a\u00a0b c'))
print(re.findall(r'\b\w', 'héllo wörld'), re.sub(r'(?i)é', 'E', 'éÉe'))
print(re.match(r'(?i)(\w+) \1', 'STRASSE strasse'), re.match(r'(?i)(ǆ)\1', 'ǆǅ'))
print(re.search(r'[\u0400-\u04ff]+', 'abc Привет 123'), re.findall('.', '😀a', re.S))
