import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendToBackground } from '@/lib/messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    // The highlighter comes with its own issue; until then the script reports an empty scan.
    void sendToBackground({ type: 'page-terms', counts: {} }).catch(() => undefined);
  },
});
