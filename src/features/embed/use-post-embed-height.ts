import { useEffect, type RefObject } from 'react';
import { EMBED_HEIGHT_MESSAGE } from '@/contract/embed';

/**
 * In a frame, tells the page framing it the height of the embed's content (in CSS px) whenever it changes, so the
 * page's listener (part of the embed code) sizes the <iframe> to fit: nothing cut off, no inner scroll bar.
 */
export function usePostEmbedHeight(content: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = content.current;
    if (!element || window.parent === window) return;
    let posted = 0;
    const post = () => {
      // The content's bottom edge in the document, with the page's own bottom margin.
      const height = Math.ceil(element.getBoundingClientRect().bottom + window.scrollY + 8);
      if (height === posted) return;
      posted = height;
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(element);
    post();
    return () => observer.disconnect();
  }, [content]);
}
