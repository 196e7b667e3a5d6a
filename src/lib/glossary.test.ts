import { describe, expect, it } from 'vitest';
import { examples } from './testing/examples';
import { annotateFirstUses, type MainlandGloss } from './glossary';

const glosses: MainlandGloss[] = [
  { id: 'programmer', term: '程式设计师', mainland: '程序员' },
  { id: 'information', term: '资讯', mainland: '信息' },
  { id: 'subject-group', term: '科目组', mainland: '专业大类' },
];
const href = (id: string) => `/zh-hans/glossary/#${id}`;
const page = (main: string, lang = 'zh-Hans') => `<!DOCTYPE html><html lang="${lang}"><head><title>资讯</title></head><body><main id="main">${main}</main></body></html>`;
const names = ['国际资讯管理', '建筑、室内及园境设计(科目组)', '程式设计师'];
const run = (main: string, lang?: string) => annotateFirstUses(page(main, lang), [...glosses, { id: 'landscape', term: '园境', mainland: '景观' }], { href, names });
const mainOf = (html: string) => html.slice(html.indexOf('<main id="main">') + 16, html.indexOf('</main>'));
const link = (id: string, word: string) => `<span data-gloss="${id}">（<a href="/zh-hans/glossary/#${id}" class="underline">${word}</a>）</span>`;
const plain = (id: string, word: string) => `<span data-gloss="${id}">（${word}）</span>`;

describe('annotateFirstUses', () => {
  examples('glosses %s', (_case: string, main: string) => mainOf(run(main)), [
    ['the first use, linked', '<p>想做程式设计师？</p>', `<p>想做程式设计师${link('programmer', '程序员')}？</p>`],
    ['only the first use', '<p>资讯科技</p><p>资讯安全</p>', `<p>资讯${link('information', '信息')}科技</p><p>资讯安全</p>`],
    ['every word once, in text order', '<p>资讯与程式设计师</p>', `<p>资讯${link('information', '信息')}与程式设计师${link('programmer', '程序员')}</p>`],
    ['after a closing bracket that follows the word', '<p>室内设计(科目组)课程</p>', `<p>室内设计(科目组)${link('subject-group', '专业大类')}课程</p>`],
    ['plain text inside a link', '<a href="/x/">程式设计师</a>', `<a href="/x/">程式设计师${plain('programmer', '程序员')}</a>`],
    ['plain text inside a label', '<label>资讯</label>', `<label>资讯${plain('information', '信息')}</label>`],
    ['not where the word already has its gloss', '<p>程式设计师（程序员）</p><p>程式设计师</p>', '<p>程式设计师（程序员）</p><p>程式设计师</p>'],
    ['not in navigation, the h1 or a select, but at the next use', '<nav>资讯</nav><h1>资讯</h1><select><option>资讯</option></select><p>资讯</p>', `<nav>资讯</nav><h1>资讯</h1><select><option>资讯</option></select><p>资讯${link('information', '信息')}</p>`],
    ['not in hidden elements or those marked off', '<div hidden>资讯</div><table data-glossary="off"><tr><td>资讯</td></tr></table><p>资讯</p>', `<div hidden>资讯</div><table data-glossary="off"><tr><td>资讯</td></tr></table><p>资讯${link('information', '信息')}</p>`],
    ['after a whole name, never inside it', '<li>国际资讯管理课程</li>', `<li>国际资讯管理<span data-gloss="information">（资讯即<a href="/zh-hans/glossary/#information" class="underline">信息</a>）</span>课程</li>`],
    ['every word of a name in one bracket', '<li>建筑、室内及园境设计(科目组)</li>', `<li>建筑、室内及园境设计(科目组)<span data-gloss="landscape subject-group">（园境即<a href="/zh-hans/glossary/#landscape" class="underline">景观</a>；科目组即<a href="/zh-hans/glossary/#subject-group" class="underline">专业大类</a>）</span></li>`],
    ['a name that is the word itself, as the word', '<li>程式设计师</li>', `<li>程式设计师${link('programmer', '程序员')}</li>`],
    ['a class that merely contains "hidden" is not the hidden attribute', '<p class="a hidden b">资讯</p>', `<p class="a hidden b">资讯${link('information', '信息')}</p>`],
    ['not in text of another language', '<p lang="zh-Hant">資訊 资讯</p><p>资讯</p>', `<p lang="zh-Hant">資訊 资讯</p><p>资讯${link('information', '信息')}</p>`],
    ['not in scripts, comments or attributes', '<!-- 资讯 --><script type="application/json">{"a":"资讯"}</script><p title="资讯">x</p>', '<!-- 资讯 --><script type="application/json">{"a":"资讯"}</script><p title="资讯">x</p>'],
    ['after void and self-closed elements', '<p>a<br>b<img src="x.png" alt=""><path d="M0"/>资讯</p>', `<p>a<br>b<img src="x.png" alt=""><path d="M0"/>资讯${link('information', '信息')}</p>`],
  ]);

  it('leaves pages in other languages alone', () => {
    const html = page('<p>资讯</p>', 'zh-Hant');
    expect(annotateFirstUses(html, glosses, { href })).toBe(html);
  });

  it('leaves everything outside <main> as it was, the <title> included', () => {
    const html = `<html lang="zh-Hans"><head><title>资讯</title></head><body><header><p>资讯</p></header><main><p>x</p></main><footer>资讯</footer></body></html>`;
    expect(annotateFirstUses(html, glosses, { href })).toBe(html);
  });

  it('changes nothing but the inserted glosses', () => {
    const main = '<section aria-labelledby="s"><h2 id="s">程式设计师</h2><p>资讯 &amp; 数据 <a href="/a/?q=1&amp;b=2">链接</a></p></section>';
    const out = run(main);
    expect(out.replace(/<span data-gloss="[^"]+">（.*?）<\/span>/g, '')).toBe(page(main));
  });

  it('escapes what it writes', () => {
    const out = annotateFirstUses(page('<p>资讯</p>'), [{ id: 'a"b', term: '资讯', mainland: '<信息>' }], { href: () => '/g/?a=1&b="2"' });
    expect(mainOf(out)).toBe('<p>资讯<span data-gloss="a&quot;b">（<a href="/g/?a=1&amp;b=&quot;2&quot;" class="underline">&lt;信息></a>）</span></p>');
  });
});
