// WXT's own content-script context, by a name the page builds do not redirect (see wxt.config.ts).
declare module 'metodelup:wxt-content-script-context' {
  export { ContentScriptContext } from 'wxt/utils/content-script-context';
}
