import subprocess, sys, os, tempfile
doc = '{"b": [1, 2, {"\u00e9": null}], "a": 1.5, "c": "x\\ty"}\n'
runs = [
    ([], doc), (['--sort-keys'], doc), (['--tab', '--no-ensure-ascii'], doc), (['--compact'], doc),
    (['--no-indent', '--sort-keys'], doc), (['--indent', '1'], doc), (['--json-lines', '--compact'], '{"a": 1}\n[2, 3]\n'),
    ([], '[1,'), ([], ''), (['--bogus'], doc), (['--tab', '--compact'], doc), (['--indent', 'x'], doc), (['--indent'], doc),
    (['/nonexistent/file.json'], ''), (['a', 'b', 'c'], ''),
]
for args, inp in runs:
    p = subprocess.run([sys.executable, '-m', 'json.tool'] + args, input=inp.encode(), capture_output=True)
    print(args, p.returncode)
    print(p.stdout.decode(), end='')
    print(p.stderr.decode(), end='')
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'in.json'); dst = os.path.join(d, 'out.json')
    with open(src, 'w') as f:
        f.write('[1, {"k": "v"}]')
    p = subprocess.run([sys.executable, '-m', 'json.tool', '--indent=2', src, dst], capture_output=True)
    print(p.returncode, p.stdout, p.stderr)
    with open(dst) as f:
        print(f.read(), end='')
