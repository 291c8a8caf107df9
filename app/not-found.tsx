import Link from 'next/link';
import { questionSlugs } from '@/lib/content/articleMeta';

export default function NotFound() {
  return (
    <div className="page prose" style={{ margin: '0 auto' }}>
      <h1>Page not found</h1>
      <p>There is no page at this address. The questions are:</p>
      <ul>
        {questionSlugs.map((slug) => (
          <li key={slug}>
            <Link href={`/questions/${slug}`}>/questions/{slug}</Link>
          </li>
        ))}
      </ul>
      <p>
        Or start from <Link href="/">the introduction</Link>.
      </p>
    </div>
  );
}
