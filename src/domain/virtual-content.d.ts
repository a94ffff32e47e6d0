declare module 'virtual:content' {
  import type { ContentData } from './content.ts';

  const content: ContentData;
  export default content;
}
