/**
 * "via attacker.example" beside an outlet name the page claims (og:site_name) that does not
 * fit its address: quiet, since most such names are an outlet's own brand on a second domain,
 * but there for a reader who wonders whether this is really Reuters.
 */
export function OutletHost({ name, host }: { name: string; host: string }) {
  return (
    <span class="outlet-host" title={`The page calls itself ${name}, but it is on ${host}`}>
      via {host}
    </span>
  );
}
