import { probabilityPhrase } from './format';

export interface ProbeImage {
  /** Grey level g of every pixel, 0 = black, 1 = white. */
  level: number;
  name: string;
  /** The network's p(white), or null before it is known. */
  probability: number | null;
}

function Thumbnail({ level, side }: { level: number; side: number }) {
  const grey = Math.round(level * 255);
  // One path for the pixel grid: a few lines instead of side² rectangles.
  const lines = Array.from({ length: side - 1 }, (_, index) => `M${index + 1} 0V${side}M0 ${index + 1}H${side}`).join('');
  return (
    <svg className="bias-thumb" viewBox={`0 0 ${side} ${side}`} aria-hidden="true">
      <rect width={side} height={side} fill={`rgb(${grey},${grey},${grey})`} />
      <path d={lines} stroke="var(--muted)" strokeOpacity={0.45} strokeWidth={0.04} fill="none" />
    </svg>
  );
}

/** The probe images (black, the two greys nearest ½, white) with the network's p(white) for each. */
export function ImageStrip({ images, side }: { images: readonly ProbeImage[]; side: number }) {
  return (
    <ul className="bias-strip">
      {images.map((image) => {
        const correct = image.probability === null || image.probability === 0.5 ? null : (image.probability > 0.5) === (image.level > 0.5);
        return (
          <li key={image.name}>
            <Thumbnail level={image.level} side={side} />
            <span className="bias-strip-name">{image.name}</span>
            {image.probability === null ? null : (
              <span className="bias-strip-p">
                {probabilityPhrase(image.probability)}
                {correct === null ? null : (
                  <span className={correct ? 'bias-right' : 'bias-wrong'}>
                    <span aria-hidden="true">{correct ? ' ✓' : ' ✗'}</span>
                    <span className="visually-hidden">{correct ? ', right' : ', wrong'}</span>
                  </span>
                )}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
