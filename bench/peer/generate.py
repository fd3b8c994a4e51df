#!/usr/bin/env python3
"""generate.py ROOT OUTDIR — what the PHP peer (bench/peer/) reads from the C program's own
sources, written as PHP before php-fpm starts, so that the peer runs the very statements and
shows the very labels the C program does:
  OUTDIR/sql.php     the public program's statements (cgi-bin/public/sql/*.def) expanded by
                     the C preprocessor as the program's build expands them: name => SQL
  OUTDIR/labels.php  the Vietnamese text of every key of templates/i18n/*.xml"""
import glob
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

root, outdir = sys.argv[1], sys.argv[2]


def php_string(s):
    return "'" + s.replace('\\', '\\\\').replace("'", "\\'") + "'"


def write(name, pairs, source):
    with open(os.path.join(outdir, name), 'w', encoding='utf-8') as f:
        f.write('<?php\n// written by bench/peer/generate.py from %s\nreturn [\n' % source)
        for k, v in pairs:
            f.write('  %s => %s,\n' % (php_string(k), php_string(v)))
        f.write('];\n')


defs = ['site.def', 'projects.def', 'project.def']
src = '#define S(id, sql) @@ id = sql ;\n' + ''.join('#include "%s"\n' % d for d in defs)
out = subprocess.run(['cpp', '-P', '-w', '-I', os.path.join(root, 'cgi-bin/public/sql'),
                      '-I', os.path.join(root, 'lib')],
                     input=src, capture_output=True, text=True, check=True).stdout
statements = []
for m in re.finditer(r'@@\s*(\w+)\s*=\s*((?:"(?:[^"\\]|\\.)*"\s*)+);', out):
    sql = ''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(2)))
    if '\\' in sql:
        sys.exit('generate.py: a C escape in %s: teach generate.py to read it' % m.group(1))
    statements.append((m.group(1), sql))
if not any(k == 'SQL_PROJECTS_NAME' for k, _ in statements):
    sys.exit('generate.py: no SQL_PROJECTS_NAME in the expanded statements')
write('sql.php', statements, 'cgi-bin/public/sql/{%s}' % ','.join(defs))

labels = []
for catalog in sorted(glob.glob(os.path.join(root, 'templates/i18n/*.xml'))):
    labels += [(m.get('k'), m.findtext('vi')) for m in ET.parse(catalog).getroot().iter('m')]
write('labels.php', labels, 'templates/i18n/*.xml')
