import { useLocation } from 'react-router';
import { listAddress } from './list-address.ts';
import { ListView } from './list-view.tsx';
import { notFound } from './not-found.ts';

/** The lists by tag, publisher and month, and the index of each (`/tags`, `/tags/weather/page/2`…). */
export function ListRoute() {
  const { pathname } = useLocation();
  const address = listAddress(pathname);
  return address ? <ListView address={address} /> : <notFound.Component />;
}
