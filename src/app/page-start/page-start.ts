// The entry of /page-start.js (see first-paint.ts): runs as a classic script in <head>.
import { startPage } from './first-paint.ts';

startPage();
