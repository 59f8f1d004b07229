import { NotFoundView } from "@/app/_components/NotFoundView";

export const metadata = { title: "Not found — inshiqaq" };

/** A page's own notFound() (e.g. a report removed after proxy.ts checked its id): not-found files get no params, so English. */
export default function NotFound() {
  return <NotFoundView lang="en" />;
}
