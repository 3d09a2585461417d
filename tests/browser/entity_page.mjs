// A person opens igkg serve, searches "privacy", lands on the page, sees the bodies that
// cover it with evidence, clicks a neighbour in the graph view, then a body and one of its
// source documents.
// Usage: node entity_page.mjs BASE_URL SCREENSHOT.png
import { chromium } from 'playwright-core';

const [base, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(base + '/');
  await page.fill('input[name=q]', 'privacy');
  await page.press('input[name=q]', 'Enter');
  await page.waitForURL(/\/issue\/privacy$/);
  await page.waitForFunction(() => window.igkgGraph && window.igkgGraph.nodes().length > 1);
  const nodes = await page.evaluate(() => window.igkgGraph.nodes().length);
  const text = await page.textContent('body');
  for (const expected of ['Internet Governance Forum', '001_037c0273d6bf2b37.txt']) {
    if (!text.includes(expected)) throw new Error(`the issue page lacks "${expected}"`);
  }
  await page.screenshot({ path: screenshot });
  // A click on a neighbour in the graph view navigates to it.
  const target = await page.evaluate(() => {
    const here = window.location.pathname;
    const node = window.igkgGraph.nodes().filter((n) => n.data('href') !== here)[0];
    const at = node.renderedPosition();
    const box = document.getElementById('graph').getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y, href: node.data('href') };
  });
  await page.mouse.click(target.x, target.y);
  await page.waitForURL((url) => !url.pathname.endsWith('/issue/privacy'));
  const graphClick = new URL(page.url()).pathname;
  // Back on the issue, a body that covers it, then one of the documents that say so.
  await page.goBack();
  await page.waitForURL(/\/issue\/privacy$/);
  await page.click('li > a[href^="/body/"]');
  await page.waitForURL(/\/body\//);
  const body = new URL(page.url()).pathname;
  await page.click('blockquote a');
  await page.waitForURL(/\/document\//);
  console.log(JSON.stringify({ nodes, graphClick, body, document: new URL(page.url()).pathname }));
} finally {
  await browser.close();
}
