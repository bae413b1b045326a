# Draws the solver's best score over time next to the greedy baseline's score (bench/national-rotation).
#   gnuplot -e "dir='<out dir>'; png='<file.png>'; title='<subtitle>'" plot.gp
# solver.dat: millis hard soft (one line per new best score); greedy.dat: hard soft millis.
set terminal pngcairo size 1000,720 font ",10"
set output png
greedy_hard = system(sprintf("awk '!/^#/{print $1}' %s/greedy.dat", dir)) + 0
greedy_soft = system(sprintf("awk '!/^#/{print $2}' %s/greedy.dat", dir)) + 0
set multiplot layout 2,1 title "National rotation plan: solver's best score over time vs the greedy baseline\n".title
set xlabel "solver time (s); at 0: the status quo"
set xrange [0:*]
set grid
set key bottom right
start_hard = system(sprintf("awk '!/^#/{print $2; exit}' %s/solver.dat", dir)) + 0
# The status quo breaks a hard rule per due officer: far below the last few the search has to mend; cut the axis.
set yrange [-25:1]
set ylabel sprintf("hard score (0 = lawful; status quo %d, off the scale)", start_hard)
plot sprintf("%s/solver.dat", dir) using ($1/1000):2 with steps lw 2 title "solver (Timefold, service configuration)", \
     greedy_hard with lines lw 2 dt 2 title sprintf("greedy baseline (%d hard)", greedy_hard)
set autoscale y
set ylabel "soft score, lawful plans only (higher is better)"
set format y "%.0f"
plot sprintf("%s/solver.dat", dir) using ($1/1000):($2 == 0 ? $3 : 1/0) with steps lw 2 title "solver", \
     greedy_soft with lines lw 2 dt 2 title sprintf("greedy baseline (%d soft)", greedy_soft)
unset multiplot
