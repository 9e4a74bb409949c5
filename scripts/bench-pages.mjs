// Generated host pages for the bench: a large LinkedIn-like feed (not a
// candidate page) and, when the real saved profile page is not beside the
// repository, a large profile page with LinkedIn's top-card markup.

const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

const WORDS = 'talent hiring product platform growth team engineering launch customers data design leadership remote culture strategy results quarter market sales pipeline'.split(' ');
const sentence = (i, n) => Array.from({ length: n }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ');

/** One feed post: 20 elements. */
function post(i) {
  return `<div class="feed-shared-update-v2" data-urn="urn:li:activity:${7000000 + i}">
  <div class="update-components-actor"><a class="app-aware-link" href="/in/member-${i}/"><span class="update-components-actor__name"><span dir="ltr">Member ${i}</span></span></a><span class="update-components-actor__description">${esc(sentence(i, 6))}</span><span class="update-components-actor__sub-description">${i % 23 + 1}h</span></div>
  <div class="update-components-text"><span class="break-words"><span dir="ltr">${esc(sentence(i, 40))}</span></span></div>
  <div class="social-details-social-counts"><ul><li><button type="button"><span>${i % 300}</span></button></li><li><button type="button"><span>${i % 40} comments</span></button></li></ul></div>
  <div class="feed-shared-social-action-bar"><button type="button"><span>Like</span></button><button type="button"><span>Comment</span></button><button type="button"><span>Repost</span></button></div>
</div>`;
}

/** A feed with about `elements` elements in its main column. */
export function feedPage(elements = 5000) {
  const posts = Math.ceil(elements / 20);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Feed | LinkedIn</title>
<style>body{font:14px system-ui;margin:0;background:#f4f2ee}.feed-shared-update-v2{background:#fff;margin:8px auto;max-width:560px;padding:12px;border-radius:8px}</style>
</head><body><main class="scaffold-layout__main" aria-label="Main Feed">
${Array.from({ length: posts }, (_, i) => post(i)).join('\n')}
</main>
<script>
  // A little page script, as the real feed has: count what is on screen.
  window.addEventListener('load', () => { document.title = 'Feed (' + document.querySelectorAll('.feed-shared-update-v2').length + ') | LinkedIn'; });
</script>
</body></html>`;
}

/** About 1.3 MB of profile page, with the top card the LinkedIn adapter reads. */
export function largeProfilePage(slug = 'eduardo-alvarez-nowak', name = 'Eduardo Alvarez Nowak') {
  const sections = [];
  for (let s = 0; sections.join('').length < 1_250_000; s++) {
    const items = Array.from({ length: 25 }, (_, i) => `<li class="artdeco-list__item pvs-list__item--line-separated"><div class="display-flex flex-column full-width"><div class="display-flex align-items-center"><span class="mr1 t-bold"><span aria-hidden="true">${esc(sentence(s * 25 + i, 5))}</span></span></div><span class="t-14 t-normal"><span aria-hidden="true">${esc(sentence(s + i, 12))}</span></span><span class="t-14 t-normal t-black--light"><span aria-hidden="true">${2010 + (i % 14)} – Present</span></span></div></li>`).join('');
    sections.push(`<section class="artdeco-card pv-profile-card" data-view-name="profile-card"><div class="pvs-header__container"><h2 class="pvs-header__title"><span aria-hidden="true">Section ${s}</span></h2></div><div class="pvs-list__outer-container"><ul class="pvs-list">${items}</ul></div></section>`);
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>(1) ${esc(name)} | LinkedIn</title></head>
<body>
<main class="scaffold-layout__main">
  <section class="artdeco-card pv-top-card">
    <div class="mt2 relative">
      <a href="/in/${slug}/overlay/about-this-profile/">
        <h1 class="text-heading-xlarge inline t-24 v-align-middle break-words">${esc(name)}</h1>
      </a>
      <div class="text-body-medium break-words">Tech Education Lead, Tech Expert &amp; Frontend Dev at Novare Potential</div>
    </div>
  </section>
  ${sections.join('\n')}
</main>
</body></html>`;
}
