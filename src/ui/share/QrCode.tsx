/** A QR code drawn from uqr's module matrix as one SVG path (no innerHTML). */
import { encode } from 'uqr';
import { createMemo, Show } from 'solid-js';

export function QrCode(props: { text: string; label: string; tooLong: string }) {
  const path = createMemo(() => {
    try {
      const { data, size } = encode(props.text, { ecc: 'L', border: 2 });
      let d = '';
      data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
      return { d, size };
    } catch {
      return null; // longer than a QR code can hold
    }
  });
  return (
    <Show when={path()} fallback={<p class="hint">{props.tooLong}</p>}>
      {(qr) => (
        <svg class="qr" viewBox={`0 0 ${qr().size} ${qr().size}`} role="img" aria-label={props.label} shape-rendering="crispEdges">
          <rect width={qr().size} height={qr().size} fill="#fff" />
          <path d={qr().d} fill="#000" />
        </svg>
      )}
    </Show>
  );
}
