import { ImageResponse } from 'next/og';
import { site } from '@/lib/site';

export const ogSize = { width: 1200, height: 630 };

/** The link-preview card: the question in large type on the site's colours, with a small network drawing. */
export function ogCard(kicker: string, title: string, answer: string) {
  const dots = [3, 4, 4, 1];
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', background: '#fdfcfa', color: '#1c1c1f', padding: 64, fontFamily: 'sans-serif' }}>
        <div style={{ display: 'flex', flexDirection: 'column', flex: 1, paddingRight: 40 }}>
          <div style={{ fontSize: 26, color: '#0a58b8', textTransform: 'uppercase', letterSpacing: 3 }}>{kicker}</div>
          <div style={{ fontSize: title.length > 80 ? 50 : 62, fontWeight: 700, lineHeight: 1.12, marginTop: 24 }}>{title}</div>
          <div style={{ fontSize: 28, color: '#55565f', marginTop: 28, lineHeight: 1.35 }}>{answer.length > 170 ? `${answer.slice(0, 167)}…` : answer}</div>
          <div style={{ marginTop: 'auto', fontSize: 26, color: '#55565f' }}>{site.name}</div>
        </div>
        <div style={{ display: 'flex', alignItems: 'center', gap: 34 }}>
          {dots.map((count, column) => (
            <div key={column} style={{ display: 'flex', flexDirection: 'column', gap: 26 }}>
              {Array.from({ length: count }, (_, row) => (
                <div key={row} style={{ width: 34, height: 34, borderRadius: 17, background: column % 2 ? '#e69f00' : '#0072b2' }} />
              ))}
            </div>
          ))}
        </div>
      </div>
    ),
    ogSize,
  );
}
