// Benchmark peer (b): a plain d3 SVG temporal force graph, after the well-known Observable
// "temporal force-directed graph" example: one simulation, nodes reused by id (keeping their
// position and velocity), the simulation restarted at alpha 1 on every time change, and the
// circles and lines joined with d3-selection.
import {
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { select } from 'd3-selection';
import './peer.css';
import { type PeerState, type Replay, startPeer, tieColour } from './story.ts';

interface PeerNode extends SimulationNodeDatum {
  id: string;
  name: string;
}
interface PeerLink extends SimulationLinkDatum<PeerNode> {
  id: string;
  relation: string;
}

const container = document.getElementById('graph');
if (!container) throw new Error('page has no #graph');
const width = container.clientWidth;
const height = container.clientHeight;
const svg = select(container)
  .append('svg')
  .attr('viewBox', [-width / 2, -height / 2, width, height].join(' '));
const forceLinks = forceLink<PeerNode, PeerLink>().id((d) => d.id);
const simulation = forceSimulation<PeerNode, PeerLink>()
  .force('charge', forceManyBody())
  .force('link', forceLinks)
  .force('x', forceX())
  .force('y', forceY())
  .on('tick', ticked);
let link = svg.append('g').attr('stroke-opacity', 0.6).selectAll<SVGLineElement, PeerLink>('line');
let node = svg
  .append('g')
  .attr('stroke', '#fff')
  .attr('stroke-width', 1.5)
  .selectAll<SVGCircleElement, PeerNode>('circle');

function ticked(): void {
  node.attr('cx', (d) => d.x ?? 0).attr('cy', (d) => d.y ?? 0);
  link
    .attr('x1', (d) => (d.source as PeerNode).x ?? 0)
    .attr('y1', (d) => (d.source as PeerNode).y ?? 0)
    .attr('x2', (d) => (d.target as PeerNode).x ?? 0)
    .attr('y2', (d) => (d.target as PeerNode).y ?? 0);
}

function show(state: PeerState, r: Replay): void {
  const names = new Map(r.story.actors.map((a) => [a.id, a.name.en ?? a.name.ar ?? a.id]));
  // Recycle old nodes to keep their position and velocity, as the Observable example does.
  const old = new Map(node.data().map((d) => [d.id, d]));
  const nodes = state.actors.map((id) =>
    Object.assign(old.get(id) ?? {}, { id, name: names.get(id) ?? id }),
  );
  const links: PeerLink[] = state.ties.map((t) => ({ ...t }));
  node = node
    .data(nodes, (d) => d.id)
    .join((enter) =>
      enter
        .append('circle')
        .attr('r', 5)
        .attr('fill', '#1f77b4')
        .attr('data-actor-id', (d) => d.id)
        .call((c) => c.append('title').text((d) => d.name)),
    );
  link = link
    .data(links, (d) => d.id)
    .join('line')
    .attr('stroke', (d) => tieColour(d.relation));
  simulation.nodes(nodes);
  forceLinks.links(links);
  simulation.alpha(1).restart();
}

await startPeer(show);

window.__bench = {
  positions() {
    const out: Record<string, [number, number]> = {};
    for (const d of node.data()) out[d.id] = [(d.x ?? 0) + width / 2, (d.y ?? 0) + height / 2];
    return out;
  },
  async settle() {
    // What the timer would do if left alone, run at once: tick until alpha falls below alphaMin.
    simulation.stop();
    while (simulation.alpha() >= simulation.alphaMin()) simulation.tick();
    ticked();
  },
};
