import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
const file = process.argv[2];
const code = readFileSync(file, 'utf8'); const c = new SourceMapConsumer(JSON.parse(readFileSync(file + '.map', 'utf8')));
const lines = code.split('\n'); const lineStart = [0]; for (const l of lines) lineStart.push(lineStart.at(-1) + l.length + 1);
const ms = []; c.eachMapping((m) => ms.push(m)); ms.sort((a,b)=>a.generatedLine-b.generatedLine||a.generatedColumn-b.generatedColumn);
const ranges = new Map();
for (let i=0;i<ms.length;i++){ const m=ms[i], n=ms[i+1]; const s=lineStart[m.generatedLine-1]+m.generatedColumn; const e = n && n.generatedLine===m.generatedLine ? lineStart[n.generatedLine-1]+n.generatedColumn : lineStart[m.generatedLine]-1;
  const k=(m.source||'?').replace(/.*\/src\//,'src/').replace(/.*node_modules\//,'nm/'); if(!ranges.has(k)) ranges.set(k,[]); ranges.get(k).push([s,e]); }
const full = gzipSync(code,{level:9}).length; const rows=[];
for (const [k, rs] of ranges) { if (k.startsWith('nm/')) continue; 
  const sorted=[...rs].sort((a,b)=>a[0]-b[0]); const parts=[]; let last=0; for (const [s,e] of sorted){ if(s>last) parts.push(code.slice(last,s)); last=Math.max(last,e);} parts.push(code.slice(last)); const out=parts.join('');
  rows.push([k, full - gzipSync(out,{level:9}).length, rs.reduce((a,[s,e])=>a+e-s,0)]); }
rows.sort((a,b)=>b[1]-a[1]); let tot=0; for (const r of rows) { tot+=r[1]; console.log(String(r[1]).padStart(6), String(r[2]).padStart(7), r[0]); } console.log('sum own gz', tot, 'chunk gz', full);
