// browser.js BOOK_DIR: the woven HTML book in Debian's chromium, as a reader
// uses it: at a desktop width and a phone width, no page scrolls sideways,
// axe-core finds no serious or critical accessibility violation, and every
// figure loads; at the desktop width the math is set as written
// (aligned columns aligned, += as one operator, every display formula within
// the column, punctuation on the line of the formula it follows); a chunk
// link lands on its chunk; the search finds a word in every language; a
// chunk's copy button gives its tangled text; dark mode and print; a
// change of language keeps the reader's section.
// One line per check, then a total; exit status 1 if any failed.
"use strict";
const path = require("path");
const { chromium } = require("playwright-core");
const AXE = require.resolve("axe-core/axe.min.js");

const WIDTHS = { desktop: [1280, 900], phone: [390, 844] };
const LANGUAGES = ["en", "zh-Hans"];   // a Latin and a CJK edition: every page

let failed = 0, count = 0;
function check(what, ok, detail) {
  count++;
  if (!ok) failed++;
  console.log(`${what}: ${ok ? "OK" : "FAIL"}${!ok && detail ? ` (${detail})` : ""}`);
}

// The chapters' pages of one language, from its contents page.
async function chapterPages(page, root, lang) {
  await page.goto(`file://${root}/${lang}/index.html`);
  return page.$$eval("ol.chapters a", links => links.map(a => a.getAttribute("href")));
}

async function checkLayout(browser, root) {
  for (const [name, [width, height]] of Object.entries(WIDTHS)) {
    const page = await browser.newPage({ viewport: { width, height } });
    for (const lang of LANGUAGES) {
      for (const href of await chapterPages(page, root, lang)) {
        await page.goto(`file://${root}/${lang}/${href}`);
        await page.waitForLoadState("load");
        const wide = await page.evaluate(() =>
          document.documentElement.scrollWidth - document.documentElement.clientWidth);
        check(`${lang}/${href} at ${width} px: no sideways scroll`, wide <= 1, `${wide} px too wide`);
        await page.addScriptTag({ path: AXE });
        const serious = await page.evaluate(async () => (await axe.run(document)).violations
          .filter(v => v.impact === "serious" || v.impact === "critical")
          .map(v => `${v.id} (${v.nodes.length}): ${v.nodes[0].html.slice(0, 80)}`));
        check(`${lang}/${href} at ${width} px: no serious accessibility violation (axe-core)`,
              serious.length === 0, serious.join("; "));
        if (name === "desktop") {
          const broken = await page.$$eval("img", imgs =>
            imgs.filter(img => !img.complete || img.naturalWidth === 0).map(img => img.src));
          check(`${lang}/${href}: every figure loads`, broken.length === 0, broken.join(", "));
          await checkMath(page, `${lang}/${href}`);
        }
      }
    }
    await page.close();
  }
}

// The math of the page as a reader sees it, measured in the browser.
async function checkMath(page, where) {
  const m = await page.evaluate(() => {
    const cut = [], misaligned = [], apart = [], parted = [];
    const text = el => el.textContent.replace(/\s+/g, " ").slice(0, 40);
    for (const math of document.querySelectorAll('math[display="block"]'))
      if (math.scrollWidth > math.clientWidth + 1) cut.push(text(math));
    for (const table of document.querySelectorAll("math mtable")) {
      const rows = [...table.children].filter(r => r.tagName.toLowerCase() === "mtr");
      const stated = (table.getAttribute("columnalign") || "").split(/\s+/).filter(Boolean);
      rows.slice(1).forEach(row => [...row.children].forEach((cell, c) => {
        const first = rows[0].children[c];
        if (!first) return;
        const ink = el => {             // the cell's content, not the cell (a column's width)
          const range = document.createRange();
          range.selectNodeContents(el);
          return range.getBoundingClientRect();
        };
        if (!first.textContent.trim() || !cell.textContent.trim()) return;
        const a = ink(first), b = ink(cell);
        const align = cell.classList.contains("tml-right") ? "right"
                    : cell.classList.contains("tml-left") ? "left"
                    : cell.getAttribute("columnalign") || stated[Math.min(c, stated.length - 1)];
        const right = align === "right", left = align === "left";
        const off = right ? Math.abs(a.right - b.right) : left ? Math.abs(a.left - b.left) : 0;
        if (off > 1) misaligned.push(`${text(table)} (column ${c + 1}, ${off.toFixed(1)} px)`);
      }));
    }
    for (const plus of document.querySelectorAll("math mo")) {
      const eq = plus.nextElementSibling;
      if (plus.textContent !== "+" || !eq || eq.textContent !== "=") continue;
      const gap = eq.getBoundingClientRect().left - plus.getBoundingClientRect().right;
      const em = parseFloat(getComputedStyle(plus).fontSize);
      if (gap > 0.15 * em) apart.push(`${text(plus.closest("math"))} (${gap.toFixed(1)} px)`);
    }
    for (const math of document.querySelectorAll('math:not([display="block"])')) {
      const next = math.nextSibling;
      if (!next || next.nodeType !== Node.TEXT_NODE || !/^[,.;:)]/.test(next.textContent)) continue;
      const range = document.createRange();
      range.setStart(next, 0);
      range.setEnd(next, 1);
      const mark = range.getBoundingClientRect(), box = math.getBoundingClientRect();
      if (mark.top > box.bottom - 2) parted.push(text(math));
    }
    return { cut, misaligned, apart, parted };
  });
  check(`${where}: every display formula fits the column`, m.cut.length === 0, m.cut.join("; "));
  check(`${where}: aligned equations are aligned`, m.misaligned.length === 0,
        m.misaligned.slice(0, 3).join("; "));
  check(`${where}: += is one operator`, m.apart.length === 0, m.apart.slice(0, 3).join("; "));
  check(`${where}: punctuation stays on its formula's line`, m.parted.length === 0,
        m.parted.slice(0, 3).join("; "));
}

// The search box: typing a word lists sections that contain it, and a
// result leads to its section; in every language, and for a word of Han
// characters in Chinese.
async function checkSearch(browser, root) {
  const queries = [["en", "softmax"], ["es", "softmax"], ["ru", "softmax"], ["zh-Hans", "softmax"],
                   ["zh-Hant", "softmax"], ["zh-Hans", "梯度"], ["zh-Hant", "梯度"]];
  for (const [lang, query] of queries) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`file://${root}/${lang}/index.html`);
    await page.fill("#search", query);
    await page.waitForSelector("#search-results a", { timeout: 5000 }).catch(() => null);
    const found = await page.$$eval("#search-results a", links => links.length);
    let lands = false;
    if (found) {
      await page.click("#search-results a");
      await page.waitForLoadState("load");
      const id = new URL(page.url()).hash.slice(1);
      lands = await page.evaluate(([id, q]) => {
        const section = document.getElementById(id);
        return !!section && section.textContent.toLowerCase().includes(q);
      }, [id, query]);
    }
    check(`${lang}: the search finds "${query}" (${found} results) and leads to it`, found > 0 && lands);
    await page.close();
  }
}

// The copy buttons: on every English page, the tangled text a root chunk's
// button gives is its file in tangled/, byte for byte; and a click puts a
// chunk's text on the clipboard.
async function checkCopy(browser, root) {
  const fs = require("fs");
  const repo = path.resolve(__dirname, "..", "..", "..");
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  for (const href of await chapterPages(page, root, "en")) {
    await page.goto(`file://${root}/en/${href}`);
    const roots = await page.evaluate(() =>
      JSON.parse(document.getElementById("litnn-tangle").textContent).roots);
    const wrong = [];
    for (const name of roots) {
      const file = path.join(repo, name);
      if (!fs.existsSync(file)) continue;
      const text = await page.evaluate(n => window.litnnTangled(n), name);
      if (text !== fs.readFileSync(file, "utf8")) wrong.push(name);
    }
    check(`en/${href}: the copy of each of its ${roots.length} roots is its tangled file`,
          wrong.length === 0, wrong.join(", "));
  }
  await page.goto(`file://${root}/en/01-linear-algebra.html`);
  const [id, name] = await page.evaluate(() => {
    const map = JSON.parse(document.getElementById("litnn-tangle").textContent);
    const id = Object.keys(map.chunks).find(k => map.roots.includes(map.chunks[k]));
    return [id, map.chunks[id]];
  });
  await page.click(`#${id} button.copy`);
  await page.waitForTimeout(200);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  check(`the copy button of ${name} puts its file on the clipboard`,
        copied === fs.readFileSync(path.join(repo, name), "utf8"));
  await context.close();
}

// Dark mode and print: with the system asking for dark, the page's text is
// light on dark with a contrast of at least 7:1; printed, the header, the
// contents and the buttons are gone.
async function checkSchemes(browser, root) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`file://${root}/en/02-neural-network.html`);
  const contrast = await page.evaluate(() => {
    const rgb = c => c.match(/[\d.]+/g).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => [r, g, b].map(v => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    const p = document.querySelector("main p"), style = getComputedStyle(p);
    const ink = lum(rgb(style.color)), paper = lum(rgb(getComputedStyle(document.body).backgroundColor));
    return { ratio: (Math.max(ink, paper) + 0.05) / (Math.min(ink, paper) + 0.05), dark: paper < ink };
  });
  check(`dark mode: light text on dark, contrast ${contrast.ratio.toFixed(1)}:1`,
        contrast.dark && contrast.ratio >= 7);
  await page.emulateMedia({ colorScheme: "light", media: "print" });
  const shown = await page.evaluate(() => ["header.top", "aside.toc", "button.copy", ".prevnext"]
    .filter(sel => { const el = document.querySelector(sel); return el && el.offsetParent !== null; }));
  check("printed, the page shows the text alone", shown.length === 0, shown.join(", "));
  await page.close();
}

async function checkChunkLink(browser, root) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`file://${root}/en/01-linear-algebra.html`);
  const link = page.locator("a.chunk-use").first();
  const target = (await link.getAttribute("href")).slice(1);
  await link.click();
  await page.waitForTimeout(200);
  const top = await page.evaluate(id => document.getElementById(id).getBoundingClientRect().top,
                                  target);
  check(`a chunk link lands on its chunk (#${target})`, top >= 0 && top < 300, `top ${top}`);
  await page.close();
}

async function checkLanguageSwitch(browser, root) {
  for (const [width, height] of Object.values(WIDTHS)) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`file://${root}/ru/06-lstm-gru.html`);
    const section = await page.evaluate(() => {
      const s = document.querySelectorAll("main section[id]")[3];
      s.scrollIntoView();
      return s.id;
    });
    await page.click('nav.languages a[lang="es"]');
    await page.waitForLoadState("load");
    await page.waitForTimeout(200);
    const top = await page.evaluate(id => document.getElementById(id).getBoundingClientRect().top,
                                    section);
    check(`at ${width} px, ru -> es keeps the section #${section}`,
          page.url().endsWith(`es/06-lstm-gru.html#${section}`) && top >= 0 && top < 200,
          `${page.url()}, top ${top}`);
    await page.close();
  }
}

(async () => {
  const root = path.resolve(process.argv[2] || "build/book");
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium",
                                          args: ["--no-sandbox"] });
  try {
    await checkLayout(browser, root);
    await checkSearch(browser, root);
    await checkCopy(browser, root);
    await checkSchemes(browser, root);
    await checkChunkLink(browser, root);
    await checkLanguageSwitch(browser, root);
  } finally {
    await browser.close();
  }
  console.log(`book:browser: ${count} checks, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})().catch(e => { console.error(`book:browser: error: ${e.message}`); process.exit(1); });
