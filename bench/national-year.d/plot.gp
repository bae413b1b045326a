# Endpoint p50/p99 next to the plain GROUP BY, per question, log scale. gnuplot -e "results='file'; count='N'" plot.gp
set terminal png size 900,480
set output 'docs/benchmarks/national-year.png'
set title sprintf("GET /api/v1/statistics over %s declarations of one year vs a plain GROUP BY (ms, log scale)", count)
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.8
set logscale y
set yrange [10:*]
set grid ytics
set key top left
set arrow from graph 0, first 200 to graph 1, first 200 nohead dt 2 lc rgb 'red'
set label 'goal: p99 < 200 ms' at graph 0.02, first 160 tc rgb 'red'
plot results using 2:xtic(1) title 'endpoint p50', '' using 3 title 'endpoint p99', '' using 4 title 'GROUP BY (p50)'
