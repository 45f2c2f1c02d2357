# Makes tests/data/share/{base,part-a,part-b}.xml from the Bontang example (run from the
# repository root): base.xml is the example without the rows of programs 5.03.01 and 5.03.02
# in table t3-3; part-a.xml (acronym BKPSDM-SEKRETARIAT) holds program 5.03.01 with its
# kegiatan and sub kegiatan, part-b.xml (BKPSDM-BIDANG-PKA) program 5.03.02, each in a
# document with the example's metadata and front matter and only chapter bab-3, section s3-3.
import re
src=open('resources/examples/renja-bontang-2023.xml',encoding='utf-8').read()
t0=src.index('<table id="t3-3"'); t1=src.index('</table>',t0)+len('</table>')
table=src[t0:t1]
rows=re.findall(r"          <row[ >].*?</row>\n", table, re.S)
head=table[:table.index("          <row")]
def kode(r):
    m=re.search(r'kode="([^"]*)"',r); return m.group(1) if m else None
def under(r,p):
    k=kode(r); return k is not None and (k==p or k.startswith(p+'.'))
a=[];b=[];rest=[];cur=rest
for r in rows:
    if kode(r) is not None or 'level="total"' in r:
        cur=a if under(r,'5.03.01') else b if under(r,'5.03.02') else rest
    cur.append(r)
assert ''.join(rows)==table[len(head):table.rindex('        </table>')], 'rows'
base=src[:t0]+head+''.join(rest)+'        </table>'+src[t1:]
open('tests/data/share/base.xml','w',encoding='utf-8').write(base)
# a part: the metadata and front of the example, one chapter with section 3.3 and its table
b0=src.index('<body>'); b1=src.index('</body>')
s0=src.index('<section id="s3-3">')
def part(rs, acronym, name):
    p=src[:b0]+'<body>\n    <chapter id="bab-3">\n      <title>RUMUSAN RENCANA PROGRAM DAN KEGIATAN PERANGKAT DAERAH</title>\n      <section id="s3-3">\n        <title>'+re.search(r'<section id="s3-3">\s*<title>(.*?)</title>',src,re.S).group(1)+'</title>\n        '+head+''.join(rs)+'        </table>\n      </section>\n    </chapter>\n  '+src[b1:]
    p=p.replace('<opd acronym="BKPSDM">','<opd acronym="%s">'%acronym,1)
    # no appendices or other parts after body
    open('tests/data/share/%s'%name,'w',encoding='utf-8').write(p)
part(a,'BKPSDM-SEKRETARIAT','part-a.xml')
part(b,'BKPSDM-BIDANG-PKA','part-b.xml')
print(len(rows),len(a),len(b),len(rest))
