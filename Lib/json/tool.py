r"""Command-line tool to validate and pretty-print JSON

Usage::

    $ echo '{"json":"obj"}' | python -m json.tool
    {
        "json": "obj"
    }
    $ echo '{ 1.2:3.4}' | python -m json.tool
    Expecting property name enclosed in double quotes: line 1 column 3 (char 2)

(pyrite: the command line is parsed by hand, with argparse's messages.)
"""
import json
import sys

_USAGE = """\
usage: python -m json.tool [-h] [--sort-keys] [--no-ensure-ascii]
                           [--json-lines]
                           [--indent INDENT | --tab | --no-indent | --compact]
                           [infile] [outfile]
"""

_HELP = _USAGE + """
A simple command line interface for json module to validate and pretty-print
JSON objects.

positional arguments:
  infile             a JSON file to be validated or pretty-printed
  outfile            write the output of infile to outfile

options:
  -h, --help         show this help message and exit
  --sort-keys        sort the output of dictionaries alphabetically by key
  --no-ensure-ascii  disable escaping of non-ASCII characters
  --json-lines       parse input using the JSON Lines format. Use with --no-
                     indent or --compact to produce valid JSON Lines output.
  --indent INDENT    separate items with newlines and use this number of
                     spaces for indentation
  --tab              separate items with newlines and use tabs for indentation
  --no-indent        separate items with spaces rather than newlines
  --compact          suppress all whitespace separation (most compact)
"""

_OPTIONS = ['--sort-keys', '--no-ensure-ascii', '--json-lines', '--indent',
            '--tab', '--no-indent', '--compact', '--help']


def _error(msg):
    sys.stderr.write(_USAGE)
    sys.stderr.write('python -m json.tool: error: %s\n' % msg)
    sys.exit(2)


class _Options:
    pass


def _parse(argv):
    o = _Options()
    o.sort_keys = False
    o.ensure_ascii = True
    o.json_lines = False
    o.indent = 4
    o.compact = False
    positional = []
    extras = []
    group = None
    i = 0
    only_positional = False
    while i < len(argv):
        a = argv[i]
        i += 1
        if only_positional or not a.startswith('-') or a == '-':
            positional.append(a)
            continue
        if a == '--':
            only_positional = True
            continue
        value = None
        if a.startswith('--') and '=' in a:
            a, value = a.split('=', 1)
        if a.startswith('--'):
            matches = [x for x in _OPTIONS if x.startswith(a)]
            if a in _OPTIONS:
                matches = [a]
            if len(matches) > 1:
                _error('ambiguous option: %s could match %s' % (a, ', '.join(matches)))
            if not matches:
                extras.append(a if value is None else a + '=' + value)
                continue
            a = matches[0]
        elif a != '-h':
            extras.append(a)
            continue
        if a in ('-h', '--help'):
            sys.stdout.write(_HELP)
            sys.exit(0)
        if a in ('--indent', '--tab', '--no-indent', '--compact'):
            if group is not None and group != a:
                _error('argument %s: not allowed with argument %s' % (a, group))
            group = a
        if a == '--indent':
            if value is None:
                if i >= len(argv) or (argv[i].startswith('-') and argv[i] != '-'):
                    _error('argument --indent: expected one argument')
                value = argv[i]
                i += 1
            try:
                o.indent = int(value)
            except ValueError:
                _error("argument --indent: invalid int value: %r" % value)
            continue
        if value is not None:
            _error('argument %s: ignored explicit argument %r' % (a, value))
        if a == '--sort-keys':
            o.sort_keys = True
        elif a == '--no-ensure-ascii':
            o.ensure_ascii = False
        elif a == '--json-lines':
            o.json_lines = True
        elif a == '--tab':
            o.indent = '\t'
        elif a == '--no-indent':
            o.indent = None
        elif a == '--compact':
            o.compact = True
    if len(positional) > 2:
        extras = positional[2:] + extras
        positional = positional[:2]
    o.infile = sys.stdin
    if positional:
        name = positional[0]
        if name != '-':
            try:
                o.infile = open(name, encoding='utf-8')
            except OSError as e:
                _error("argument infile: can't open '%s': %s" % (name, e))
    o.outfile = positional[1] if len(positional) > 1 else None
    if extras:
        _error('unrecognized arguments: %s' % ' '.join(extras))
    return o


def main():
    options = _parse(sys.argv[1:])
    dump_args = {
        'sort_keys': options.sort_keys,
        'indent': options.indent,
        'ensure_ascii': options.ensure_ascii,
    }
    if options.compact:
        dump_args['indent'] = None
        dump_args['separators'] = ',', ':'

    with options.infile as infile:
        try:
            if options.json_lines:
                objs = (json.loads(line) for line in infile)
            else:
                objs = (json.load(infile),)

            if options.outfile is None:
                out = sys.stdout
            else:
                out = open(options.outfile, 'w', encoding='utf-8')
            with out as outfile:
                for obj in objs:
                    json.dump(obj, outfile, **dump_args)
                    outfile.write('\n')
        except ValueError as e:
            raise SystemExit(e)


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
