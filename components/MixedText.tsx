/**
 * A line that mixes English and Arabic ("نيسان الفائت, published 2021-06-20 → …"): each Arabic
 * run is isolated right-to-left, so the English sentence around it keeps its order.
 */
const ARABIC_RUN = /([\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF][\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF\s"'«»]*[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]|[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF])/u;

export function MixedText({ text }: { text: string }) {
  const parts = text.split(ARABIC_RUN);
  return (
    <span dir="ltr">
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <bdi key={i} dir="rtl" lang="ar" className="ar">
            {part}
          </bdi>
        ) : (
          part
        ),
      )}
    </span>
  );
}
