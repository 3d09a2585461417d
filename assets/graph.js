// The graph view of an entity page: the entity and its neighbours, read from the page's
// #graph-data element; a click on a node opens that node's page.
const cy = cytoscape({container: document.getElementById('graph'),
  elements: JSON.parse(document.getElementById('graph-data').textContent),
  layout: {name: 'cose', animate: false},
  style: [{selector: 'node', style: {'label': 'data(label)', 'font-size': 9, 'width': 14, 'height': 14, 'background-color': '#3b6ea5'}},
          {selector: 'node:selected', style: {'background-color': '#c0392b'}},
          {selector: 'edge', style: {'label': 'data(label)', 'font-size': 7, 'width': 1, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'color': '#888'}}]});
cy.on('tap', 'node', e => { window.location.href = e.target.data('href'); });
window.igkgGraph = cy;
