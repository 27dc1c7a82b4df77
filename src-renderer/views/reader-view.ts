// The reader: an article's clean text in readable typography with paragraph numbers; ?p=N scrolls to paragraph N.

import { consume } from '@lit/context';
import { Task } from '@lit/task';
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ApiClient } from '../api/client';
import type { ArticleView } from '../../src-main/shared/contract/api';
import { apiContext } from '../app/context';
import { formatDate, formatWords } from './format';
import { statusStyles } from './status-styles';

@customElement('quire-reader')
export class QuireReader extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @property() articleId = '';
  /** 1-based paragraph to bring into view, 0 for none. */
  @property({ type: Number }) paragraph = 0;

  private article = new Task(this, {
    task: async ([id]) => this.api.call('getArticle', { id }),
    args: () => [this.articleId] as const,
  });

  protected updated(): void {
    if (this.paragraph > 0 && this.article.value) {
      this.renderRoot.querySelector(`#p${this.paragraph}`)?.scrollIntoView({ block: 'center' });
    }
  }

  render() {
    return this.article.render({
      pending: () => html`<p class="status wrap" role="status">Opening the article…</p>`,
      error: (e) => html`<div class="wrap"><p class="status error" role="alert">${(e as Error).message}</p><a href="#/">Back to the library</a></div>`,
      complete: (a) => this.renderArticle(a),
    });
  }

  private renderArticle(a: ArticleView) {
    return html`<article class="wrap" aria-labelledby="title">
      <p class="back"><a href="#/">← Library</a></p>
      <h1 id="title" dir="auto">${a.title}</h1>
      <p class="meta">
        ${[a.outlet, formatDate(a.published), a.byline, formatWords(a.words)].filter(Boolean).join(' · ')}
      </p>
      <div class="text">
        ${a.paragraphs.map(
          ([s, e], i) => html`<div class="para" id=${`p${i + 1}`} data-start=${s}>
            <span class="pn" aria-hidden="true">${i + 1}</span>
            <p dir="auto">${a.text.slice(s, e)}</p>
          </div>`,
        )}
      </div>
      <p class="source">Imported from ${a.source.fileName}</p>
    </article>`;
  }

  static styles = [
    statusStyles,
    css`
      .wrap { max-width: 42rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
      .back a { color: var(--q-muted); text-decoration: none; font-size: 0.9rem; }
      h1 { font-family: var(--q-serif); font-size: 2rem; line-height: 1.2; margin: 0.5rem 0; }
      .meta { color: var(--q-muted); margin: 0 0 2rem; }
      .text { font-family: var(--q-serif); font-size: 1.15rem; line-height: 1.65; }
      .para { position: relative; }
      .para p { margin: 0 0 1.1em; unicode-bidi: plaintext; }
      .pn { position: absolute; left: -2.4rem; width: 1.8rem; text-align: right; top: 0.3em; font-family: var(--q-sans); font-size: 0.7rem; color: var(--q-muted); user-select: none; }
      .source { color: var(--q-muted); font-size: 0.85rem; border-top: 1px solid var(--q-border); padding-top: 1rem; margin-top: 2rem; }
    `,
  ];
}
