// Benchmark peer (a): vis-network under an <input type=range>. On every input the page replays the
// story to the slider's date and brings vis DataSets of nodes and edges up to that state (adding,
// removing and recolouring only what differs); vis-network's own physics lays the graph out.
import { DataSet } from 'vis-data/peer';
import { type Edge, Network, type Node } from 'vis-network/peer';
import 'vis-network/styles/vis-network.css';
import './peer.css';
import { type PeerState, type Replay, startPeer, tieColour } from './story.ts';

const container = document.getElementById('graph');
if (!container) throw new Error('page has no #graph');
const nodes = new DataSet<Node>();
const edges = new DataSet<Edge>();
let network: Network | undefined;

function show(state: PeerState, r: Replay): void {
  const present = new Set(state.actors);
  nodes.remove(nodes.getIds().filter((id) => !present.has(String(id))));
  const kinds = new Map(r.story.actors.map((a) => [a.id, a]));
  nodes.add(
    state.actors
      .filter((id) => nodes.get(id) === null)
      .map((id) => {
        const actor = kinds.get(id);
        return { id, label: actor?.name.en ?? actor?.name.ar ?? id, group: actor?.kind };
      }),
  );
  const ties = new Map(state.ties.map((t) => [t.id, t]));
  edges.remove(edges.getIds().filter((id) => !ties.has(String(id))));
  const changed: Edge[] = [];
  for (const t of state.ties) {
    const colour = tieColour(t.relation);
    const edge = edges.get(t.id);
    if (edge === null || edge.title !== t.relation)
      changed.push({ id: t.id, from: t.source, to: t.target, title: t.relation, color: colour });
  }
  edges.update(changed);
  if (!network) {
    // Built once the first state is in the DataSets, as vis examples do: it stabilises, then draws.
    network = new Network(
      container as HTMLElement,
      { nodes, edges },
      { layout: { randomSeed: 1 }, nodes: { shape: 'dot', size: 10 }, edges: { smooth: false } },
    );
    network.once('afterDrawing', () => performance.mark('bench:first-graph'));
  }
}

await startPeer(show);

window.__bench = {
  positions() {
    const out: Record<string, [number, number]> = {};
    if (!network) return out;
    for (const [id, p] of Object.entries(network.getPositions())) {
      const dom = network.canvasToDOM(p);
      out[id] = [dom.x, dom.y];
    }
    return out;
  },
  settle: () =>
    new Promise<void>((done) => {
      if (!network) return done();
      network.once('stabilizationIterationsDone', () => done());
      network.stabilize(300);
    }),
};
